import type { MessageKey, Translate } from '../i18n';
import { CHART_RANGES, type ChartRange } from './chart-model';

const RANGE_LABEL: Readonly<Record<ChartRange, MessageKey>> = {
  '30d': 'range30d',
  '90d': 'range90d',
  '1y': 'range1y',
  all: 'rangeAll',
};

interface Props {
  range: ChartRange;
  onChange(range: ChartRange): void;
  t: Translate;
}

/** 30 days / 90 days / 1 year / all: ordinary buttons, so Tab and Enter work as everywhere. */
export function RangeButtons({ range, onChange, t }: Props) {
  return (
    <div class="range-buttons" role="group" aria-label={t('rangeLabel')} data-testid="range-buttons">
      {CHART_RANGES.map((r) => (
        <button type="button" key={r} class="range" aria-pressed={r === range} data-range={r} onClick={() => onChange(r)}>
          {t(RANGE_LABEL[r])}
        </button>
      ))}
    </div>
  );
}
