import uPlot from 'uplot';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';
import type { ChartModel } from './chart-model';
import { chartData, chartOptions, readChartColors } from './chart-options';

interface Props {
  model: ChartModel;
  lang: Lang;
  t: Translate;
  currency: string;
  height?: number;
}

/** Which promo window a moment falls in, for the readout ("双11" / "双11 返场"). */
function windowLabel(model: ChartModel, x: number, lang: Lang, t: Translate): string | null {
  const w = model.windows.find((candidate) => x >= candidate.start && x < candidate.end);
  if (!w) return null;
  const name = lang === 'zh' ? w.name : w.nameEn;
  if (w.kind === 'promo') return name;
  return t(w.kind === 'presale' ? 'presaleOf' : 'fanchangOf', { name });
}

/**
 * The price history as a stepped line with the promo windows shaded and the reference prices as
 * lines. The pointer, a finger, or ← → on the focused chart, moves a cursor whose point is read out below.
 */
export function PriceChart({ model, lang, t, currency, height = 170 }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const [index, setIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host || model.xs.length === 0) return;
    const plot = new uPlot(
      chartOptions({
        model,
        width: Math.max(200, host.clientWidth),
        height,
        lang,
        t,
        currency,
        colors: readChartColors(host),
        onCursor: setIndex,
      }),
      chartData(model),
      host,
    );
    plotRef.current = plot;
    const resize = new ResizeObserver(() => {
      if (host.clientWidth > 0) plot.setSize({ width: host.clientWidth, height });
    });
    resize.observe(host);
    return () => {
      resize.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [model, lang, t, currency, height]);

  const moveCursor = (next: number) => {
    const plot = plotRef.current;
    if (!plot) return;
    const i = Math.max(0, Math.min(model.xs.length - 1, next));
    plot.setCursor({ left: plot.valToPos(model.xs[i]!, 'x'), top: plot.valToPos(model.price[i] ?? 0, 'y') });
  };

  // A finger moves the cursor where it lands, held or dragged: browsers turn only a quick tap into
  // the mouse events uPlot follows, so a slow tap or a drag on a phone would read nothing out.
  const onTouchPointer = (event: PointerEvent) => {
    const plot = plotRef.current;
    if (!plot || event.pointerType === 'mouse') return;
    const r = plot.over.getBoundingClientRect();
    const left = event.clientX - r.left;
    const top = event.clientY - r.top;
    if (left >= 0 && top >= 0 && left <= r.width && top <= r.height) plot.setCursor({ left, top });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = model.xs.length - 1;
    const step: Record<string, number> = { ArrowLeft: (index ?? last + 1) - 1, ArrowRight: (index ?? -1) + 1, Home: 0, End: last };
    if (!(event.key in step)) return;
    event.preventDefault();
    moveCursor(step[event.key]!);
  };

  if (model.xs.length === 0) {
    return (
      <p class="chart-empty" data-testid="chart-empty">
        {t('chartEmpty')}
      </p>
    );
  }

  const x = index === null ? null : model.xs[index];
  const price = index === null ? null : model.price[index];
  const where = x === null || x === undefined ? null : windowLabel(model, x, lang, t);
  return (
    <div class="chart">
      <div
        ref={hostRef}
        class="chart-plot"
        data-testid="price-chart"
        tabIndex={0}
        role="group"
        aria-label={t('chartLabel')}
        aria-describedby="chart-readout"
        onKeyDown={onKeyDown}
        onPointerDown={onTouchPointer}
        onPointerMove={onTouchPointer}
      />
      <p id="chart-readout" class="chart-readout" data-testid="chart-readout" aria-live="polite">
        {x === null || x === undefined
          ? t('chartHint')
          : [formatDateTime(x * 1000, lang), formatMoney(price ?? null, currency), where].filter(Boolean).join(' · ')}
      </p>
    </div>
  );
}
