import { useMemo, useState } from 'preact/hooks';
import type { PricePoint } from '../../core/views';
import type { PromoEvent } from '../../promo';
import { buildChartModel, isSinglePrice, type ChartRange } from '../chart/chart-model';
import { PriceChart } from '../chart/PriceChart';
import { RangeButtons } from '../chart/RangeButtons';
import type { Lang, Translate } from '../i18n';
import { OnePriceNote } from './OnePriceNote';
import { PriceHistoryTable } from './PriceHistoryTable';

const DAY_MS = 86_400_000;

/** The shortest range that shows the whole history, so a new product is not a dot in a year. */
export function defaultRange(firstSeenAt: string, now: Date): ChartRange {
  const days = (now.getTime() - Date.parse(firstSeenAt)) / DAY_MS;
  if (Number.isNaN(days) || days <= 30) return '30d';
  if (days <= 90) return '90d';
  return days <= 365 ? '1y' : 'all';
}

interface Props {
  history: readonly PricePoint[];
  firstSeenAt: string;
  events: readonly PromoEvent[];
  promoPrice: number | null;
  prepromoLow: number | null;
  cartPrice: number | null;
  listPrice: number | null;
  currency: string;
  now: Date;
  lang: Lang;
  t: Translate;
}

/**
 * The 返场 story as a chart: the promo and its 返场 windows shaded, the promo and cart prices as
 * lines, today and the lowest price marked. One sighting gets a note and the reference prices.
 */
export function PriceHistory({
  history,
  firstSeenAt,
  events,
  promoPrice,
  prepromoLow,
  cartPrice,
  listPrice,
  currency,
  now,
  lang,
  t,
}: Props) {
  const [range, setRange] = useState<ChartRange>(() => defaultRange(firstSeenAt, now));
  const model = useMemo(
    () => buildChartModel({ history, events, now, range, promoPrice, prepromoLow, cartPrice }),
    [history, events, now, range, promoPrice, prepromoLow, cartPrice],
  );
  const single = history.length > 0 && isSinglePrice(history);
  return (
    <section class="history" aria-labelledby="history-title">
      <div class="section-head">
        <h2 id="history-title">{t('priceHistory')}</h2>
        {!single && <RangeButtons range={range} onChange={setRange} t={t} />}
      </div>
      {single ? (
        <OnePriceNote
          sighting={history[0]!}
          references={[
            ['promoPrice', promoPrice],
            ['seriesCart', cartPrice],
            ['seriesPrepromo', prepromoLow],
            ['listPrice', listPrice],
          ]}
          currency={currency}
          lang={lang}
          t={t}
        />
      ) : (
        <PriceChart model={model} lang={lang} t={t} currency={currency} />
      )}
      <details class="history-details">
        <summary>{t('showAsTable')}</summary>
        <PriceHistoryTable history={history} lang={lang} currency={currency} t={t} />
      </details>
    </section>
  );
}
