import uPlot from 'uplot';
import { formatDateTime, formatDay, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';
import { PALETTES, type Palette } from '../theme';
import type { ChartModel, ShadedWindow } from './chart-model';

type ChartColors = Pick<
  Palette,
  'fg' | 'muted' | 'line' | 'chartPrice' | 'chartPromo' | 'chartPrepromo' | 'chartList' | 'chartPromoWindow' | 'chartFanchangWindow'
>;

const COLOR_NAMES: ReadonlyArray<keyof ChartColors> = [
  'fg',
  'muted',
  'line',
  'chartPrice',
  'chartPromo',
  'chartPrepromo',
  'chartList',
  'chartPromoWindow',
  'chartFanchangWindow',
];

/** Canvas cannot read CSS variables, so the chart takes the palette's values from the element. */
export function readChartColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const colors = { ...PALETTES.light };
  for (const name of COLOR_NAMES) {
    const value = style.getPropertyValue(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).trim();
    if (value) colors[name] = value;
  }
  return colors;
}

/** uPlot's data: x, then one array per drawn series, in the order `chartSeries` declares them. */
export function chartData(model: ChartModel): uPlot.AlignedData {
  const constant = (v: number | null) => model.xs.map(() => v);
  const data: Array<Array<number | null>> = [model.xs, model.price, model.listPrice];
  if (model.promoPrice !== null) data.push(constant(model.promoPrice));
  if (model.prepromoLow !== null) data.push(constant(model.prepromoLow));
  return data as uPlot.AlignedData;
}

function yRange(model: ChartModel): [number, number] {
  const values = [...model.price, ...model.listPrice, model.promoPrice, model.prepromoLow].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.12 : Math.max(1, hi * 0.1);
  return [Math.max(0, lo - pad), hi + pad];
}

function shade(u: uPlot, windows: readonly ShadedWindow[], colors: ChartColors, lang: Lang): void {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  ctx.font = `${Math.round(10 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  for (const w of windows) {
    const x0 = Math.max(bbox.left, u.valToPos(w.start, 'x', true));
    const x1 = Math.min(bbox.left + bbox.width, u.valToPos(w.end, 'x', true));
    if (x1 <= x0) continue;
    ctx.fillStyle = w.kind === 'promo' ? colors.chartPromoWindow : colors.chartFanchangWindow;
    ctx.fillRect(x0, bbox.top, x1 - x0, bbox.height);
    const name = lang === 'zh' ? w.name : w.nameEn;
    if (w.kind === 'promo' && x1 - x0 > ctx.measureText(name).width + 4) {
      ctx.fillStyle = colors.muted;
      ctx.fillText(name, x0 + 2 * devicePixelRatio, bbox.top + 2 * devicePixelRatio);
    }
  }
  ctx.restore();
}

export interface ChartOptionsInput {
  model: ChartModel;
  width: number;
  height: number;
  lang: Lang;
  t: Translate;
  currency: string;
  colors: ChartColors;
  onCursor?(index: number | null): void;
  onDrawn?(): void;
}

export function chartOptions({ model, width, height, lang, t, currency, colors, onCursor, onDrawn }: ChartOptionsInput): uPlot.Options {
  const money = (_u: uPlot, v: number | null) => (v === null ? '—' : formatMoney(v, currency));
  const stepped = uPlot.paths.stepped!({ align: 1 });
  const series: uPlot.Series[] = [
    { label: t('seriesTime'), value: (_u, v) => (v === null ? '—' : formatDateTime(v * 1000, lang)) },
    {
      label: t('seriesPrice'),
      stroke: colors.chartPrice,
      width: 2,
      paths: stepped,
      value: money,
      points: { size: 5, fill: colors.chartPrice },
    },
    { label: t('seriesList'), stroke: colors.chartList, width: 1, dash: [4, 4], paths: stepped, value: money, points: { show: false } },
  ];
  if (model.promoPrice !== null) {
    series.push({ label: t('seriesPromo'), stroke: colors.chartPromo, width: 1.5, dash: [8, 4], value: money, points: { show: false } });
  }
  if (model.prepromoLow !== null) {
    series.push({
      label: t('seriesPrepromo'),
      stroke: colors.chartPrepromo,
      width: 1.5,
      dash: [2, 3],
      value: money,
      points: { show: false },
    });
  }
  const axisFont = '11px system-ui, sans-serif';
  return {
    width,
    height,
    series,
    scales: { x: { time: true, range: [model.xMin, model.xMax] }, y: { range: yRange(model) } },
    axes: [
      {
        stroke: colors.muted,
        font: axisFont,
        grid: { stroke: colors.line, width: 1 },
        ticks: { stroke: colors.line, width: 1 },
        values: (_u, splits) => splits.map((s) => formatDay(s * 1000, lang)),
      },
      {
        stroke: colors.muted,
        font: axisFont,
        size: 48,
        grid: { stroke: colors.line, width: 1 },
        ticks: { stroke: colors.line, width: 1 },
        values: (_u, splits) => splits.map((s) => formatMoney(s, currency)),
      },
    ],
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 8 }, focus: { prox: 24 } },
    legend: { live: true },
    hooks: {
      drawClear: [(u) => shade(u, model.windows, colors, lang)],
      setCursor: [(u) => onCursor?.(u.cursor.idx ?? null)],
      draw: [() => onDrawn?.()],
    },
  };
}
