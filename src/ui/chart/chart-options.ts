import uPlot from 'uplot';
import { formatDateTime, formatDay, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';
import { PALETTES, type Palette } from '../theme';
import type { ChartModel, ShadedWindow } from './chart-model';

type ChartColors = Pick<
  Palette,
  | 'fg'
  | 'muted'
  | 'line'
  | 'bg'
  | 'good'
  | 'chartPrice'
  | 'chartPromo'
  | 'chartPrepromo'
  | 'chartList'
  | 'chartPromoWindow'
  | 'chartFanchangWindow'
>;

const COLOR_NAMES: ReadonlyArray<keyof ChartColors> = [
  'fg',
  'muted',
  'line',
  'bg',
  'good',
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
  if (model.cartPrice !== null) data.push(constant(model.cartPrice));
  return data as uPlot.AlignedData;
}

function yRange(model: ChartModel): [number, number] {
  const values = [...model.price, ...model.listPrice, model.promoPrice, model.prepromoLow, model.cartPrice].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.12 : Math.max(1, hi * 0.1);
  return [Math.max(0, lo - pad), hi + pad];
}

function shade(u: uPlot, windows: readonly ShadedWindow[], colors: ChartColors, lang: Lang, t: Translate): void {
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
    // The pre-sale in the promo's colour, fainter: the main sale stands out as the promo price's days.
    ctx.fillStyle = w.kind === 'fanchang' ? colors.chartFanchangWindow : colors.chartPromoWindow;
    ctx.globalAlpha = w.kind === 'presale' ? 0.4 : 1;
    ctx.fillRect(x0, bbox.top, x1 - x0, bbox.height);
    ctx.globalAlpha = 1;
    const name = lang === 'zh' ? w.name : w.nameEn;
    // A 返场 window is named in full when it has room ("双11返场"), else just "返场".
    const candidates =
      w.kind === 'promo'
        ? [name]
        : w.kind === 'presale'
          ? [t('presaleOf', { name }), t('chartPresaleShort')]
          : [t('fanchangOf', { name }), t('chartFanchangShort')];
    const label = candidates.find((c) => x1 - x0 > ctx.measureText(c).width + 4 * devicePixelRatio);
    if (label) {
      ctx.fillStyle = colors.fg;
      ctx.fillText(label, x0 + 2 * devicePixelRatio, bbox.top + 2 * devicePixelRatio);
    }
  }
  ctx.restore();
}

/** A text on the canvas with the background behind it, kept inside the plot. */
function tag(u: uPlot, text: string, x: number, y: number, color: string, colors: ChartColors, align: 'left' | 'right'): void {
  const { ctx, bbox } = u;
  const pad = 2 * devicePixelRatio;
  const width = ctx.measureText(text).width;
  const height = 12 * devicePixelRatio;
  let left = align === 'right' ? x - width - pad : x + pad;
  left = Math.max(bbox.left + pad, Math.min(bbox.left + bbox.width - width - pad, left));
  const top = Math.max(bbox.top, Math.min(bbox.top + bbox.height - height, y - height / 2));
  ctx.fillStyle = colors.bg;
  ctx.globalAlpha = 0.85;
  ctx.fillRect(left - pad, top, width + 2 * pad, height);
  ctx.globalAlpha = 1;
  ctx.fillStyle = color;
  ctx.fillText(text, left, top + height / 2);
}

/**
 * What the chart says in words on top of the lines: the reference prices at the right edge, the
 * lowest price in the range where it happened, and today with today's price.
 */
function annotate(u: uPlot, model: ChartModel, colors: ChartColors, t: Translate, currency: string): void {
  const { ctx, bbox } = u;
  const dpr = devicePixelRatio;
  ctx.save();
  ctx.font = `${Math.round(10 * dpr)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';

  // Today: a dotted rule and, on it, the price that holds now.
  const nowPx = u.valToPos(model.nowX, 'x', true);
  ctx.strokeStyle = colors.muted;
  ctx.setLineDash([2 * dpr, 3 * dpr]);
  ctx.lineWidth = dpr;
  ctx.beginPath();
  ctx.moveTo(nowPx, bbox.top);
  ctx.lineTo(nowPx, bbox.top + bbox.height);
  ctx.stroke();
  ctx.setLineDash([]);
  const today = model.price.findLast((p) => p !== null) ?? null;
  if (today !== null) {
    const y = u.valToPos(today, 'y', true);
    ctx.fillStyle = colors.chartPrice;
    ctx.beginPath();
    ctx.arc(nowPx, y, 4 * dpr, 0, 2 * Math.PI);
    ctx.fill();
  }
  tag(u, t('chartToday'), nowPx, bbox.top + 20 * dpr, colors.fg, colors, 'right');

  // The reference lines, named at the right edge, nudged apart when their prices are close.
  const refs: Array<{ text: string; y: number; color: string }> = [];
  if (model.promoPrice !== null)
    refs.push({
      text: `${t('seriesPromo')} ${formatMoney(model.promoPrice, currency)}`,
      y: u.valToPos(model.promoPrice, 'y', true),
      color: colors.chartPromo,
    });
  if (model.cartPrice !== null)
    refs.push({
      text: `${t('seriesCart')} ${formatMoney(model.cartPrice, currency)}`,
      y: u.valToPos(model.cartPrice, 'y', true),
      color: colors.good,
    });
  refs.sort((a, b) => a.y - b.y);
  for (let i = 1; i < refs.length; i++) refs[i]!.y = Math.max(refs[i]!.y, refs[i - 1]!.y + 13 * dpr);
  for (const r of refs) tag(u, r.text, nowPx - 8 * dpr, r.y - 7 * dpr, r.color, colors, 'right');

  // The lowest price in the range, where it first appeared.
  if (model.lowest) {
    const x = u.valToPos(model.lowest.x, 'x', true);
    const y = u.valToPos(model.lowest.price, 'y', true);
    ctx.strokeStyle = colors.chartPrice;
    ctx.lineWidth = 1.5 * dpr;
    ctx.beginPath();
    ctx.arc(x, y, 4 * dpr, 0, 2 * Math.PI);
    ctx.stroke();
    tag(u, t('chartLowest', { price: formatMoney(model.lowest.price, currency) }), x, y + 10 * dpr, colors.chartPrice, colors, 'left');
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
  if (model.cartPrice !== null) {
    series.push({ label: t('seriesCart'), stroke: colors.good, width: 1.5, dash: [6, 3], value: money, points: { show: false } });
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
    // The lines are named on the chart and the point under the cursor is read out below it: a
    // legend would only push the chart down the popup.
    legend: { show: false },
    hooks: {
      drawClear: [(u) => shade(u, model.windows, colors, lang, t)],
      setCursor: [(u) => onCursor?.(u.cursor.idx ?? null)],
      draw: [(u) => annotate(u, model, colors, t, currency), () => onDrawn?.()],
    },
  };
}
