import type { Site } from '../../core/types';
import type { PricePoint } from '../../core/views';
import {
  DAY_MS,
  eventsBegunBy,
  eventsForSite,
  eventStart,
  platformFanchangWindow,
  prepromoLowOf,
  promoPriceOf,
  storeFanchangWindow,
  type PriceObservation,
  type PromoEvent,
} from '../../promo';

export type ChartRange = '30d' | '90d' | '1y' | 'all';
export const CHART_RANGES: readonly ChartRange[] = ['30d', '90d', '1y', 'all'];
const RANGE_DAYS: Readonly<Record<ChartRange, number | null>> = { '30d': 30, '90d': 90, '1y': 365, all: null };

/** A stretch of time the chart shades: the pre-sale, the main sale, or a 返场 window after it. */
export interface ShadedWindow {
  kind: 'presale' | 'promo' | 'fanchang';
  /** Unix seconds, as uPlot's time scale counts. */
  start: number;
  end: number;
  name: string;
  nameEn: string;
}

/** Everything the chart draws, in uPlot's shape: x in unix seconds, one array per series. */
export interface ChartModel {
  xs: number[];
  price: Array<number | null>;
  listPrice: Array<number | null>;
  promoPrice: number | null;
  prepromoLow: number | null;
  /** What the shopper carted (or paid) at during the promo, when the cart says. */
  cartPrice: number | null;
  windows: ShadedWindow[];
  xMin: number;
  xMax: number;
  /** Now, marked on the chart with today's price. */
  nowX: number;
  /** The lowest price shown in the range and where it first appears, labelled on the chart. */
  lowest: { x: number; price: number } | null;
}

export interface ChartInput {
  history: readonly PricePoint[];
  events: readonly PromoEvent[];
  now: Date;
  range: ChartRange;
  promoPrice: number | null;
  prepromoLow: number | null;
  cartPrice?: number | null;
}

interface Sample {
  x: number;
  price: number | null;
  listPrice: number | null;
}

/**
 * Unix seconds kept to the millisecond (uPlot takes fractions). Whole seconds would fold two
 * readings in one second into one instant: a page that shows its live price a moment after load
 * is read twice, and the note would then claim one sighting at the stale first price.
 */
const seconds = (ms: number) => ms / 1000;

/**
 * Each run of an unchanged price becomes two samples, where it was first and last seen, so the
 * stepped line shows how long a price held rather than only when it changed.
 */
function samplesOf(history: readonly PricePoint[]): Sample[] {
  const samples: Sample[] = [];
  for (const p of history) {
    const at = Date.parse(p.at);
    if (Number.isNaN(at)) continue;
    samples.push({ x: seconds(at), price: p.price, listPrice: p.listPrice });
    const last = Date.parse(p.lastSeenAt);
    if (!Number.isNaN(last) && last > at) samples.push({ x: seconds(last), price: p.price, listPrice: p.listPrice });
  }
  return samples.sort((a, b) => a.x - b.x);
}

function windowsWithin(events: readonly PromoEvent[], xMin: number, xMax: number): ShadedWindow[] {
  const windows: ShadedWindow[] = [];
  for (const e of events) {
    const spans: Array<[ShadedWindow['kind'], number, number]> = [
      ['presale', eventStart(e).getTime(), Date.parse(e.mainAt)],
      ['promo', Date.parse(e.mainAt), Date.parse(e.endAt)],
      ['fanchang', platformFanchangWindow(e).start.getTime(), platformFanchangWindow(e).end.getTime()],
      ['fanchang', storeFanchangWindow(e).start.getTime(), storeFanchangWindow(e).end.getTime()],
    ];
    for (const [kind, startMs, endMs] of spans) {
      const start = seconds(startMs);
      const end = seconds(endMs);
      if (end > start && end > xMin && start < xMax) windows.push({ kind, start, end, name: e.name, nameEn: e.nameEn });
    }
  }
  return windows;
}

/** The chart's data for one range: the window ends at `now`; 'all' starts at the first sighting. */
export function buildChartModel({ history, events, now, range, promoPrice, prepromoLow, cartPrice = null }: ChartInput): ChartModel {
  const all = samplesOf(history);
  const nowS = seconds(now.getTime());
  const days = RANGE_DAYS[range];
  const firstX = all[0]?.x ?? nowS;
  const xMin = days === null ? Math.min(firstX, nowS - DAY_MS / 1000) : nowS - days * (DAY_MS / 1000);
  const xMax = Math.max(nowS, all.at(-1)?.x ?? nowS);

  // A price that held when the range begins is drawn from the range's left edge.
  const before = all.filter((s) => s.x < xMin).at(-1);
  const inside = all.filter((s) => s.x >= xMin);
  const shown = before && (inside[0]?.x ?? Infinity) > xMin ? [{ ...before, x: xMin }, ...inside] : inside;

  let lowest: ChartModel['lowest'] = null;
  for (const s of shown) if (s.price !== null && (lowest === null || s.price < lowest.price)) lowest = { x: s.x, price: s.price };

  return {
    xs: shown.map((s) => s.x),
    price: shown.map((s) => s.price),
    listPrice: shown.map((s) => s.listPrice),
    promoPrice,
    prepromoLow,
    cartPrice,
    windows: windowsWithin(events, xMin, xMax),
    xMin,
    xMax,
    nowX: nowS,
    lowest,
  };
}

/** True when the history holds one sighting only: nothing to draw a line through yet. */
export function isSinglePrice(history: readonly PricePoint[]): boolean {
  return new Set(samplesOf(history).map((s) => s.x)).size < 2;
}

/**
 * The history as dated observations for the promo arithmetic. A run also counts at the instants
 * given (a promo's start) when it spans them: a price that held through the sale was its price.
 */
function observationsOf(history: readonly PricePoint[], instants: readonly number[]): PriceObservation[] {
  const observations: PriceObservation[] = [];
  for (const p of history) {
    if (p.price === null) continue;
    const at = Date.parse(p.at);
    const last = Date.parse(p.lastSeenAt);
    const times = new Set([at, ...(Number.isNaN(last) ? [] : [last]), ...instants.filter((t) => t > at && t < last)]);
    for (const t of times) if (!Number.isNaN(t)) observations.push({ at: new Date(t).toISOString(), price: p.price });
  }
  return observations;
}

export interface ReferencePrices {
  event: PromoEvent | null;
  promoPrice: number | null;
  prepromoLow: number | null;
}

/**
 * The promo price and the 7-day pre-promo low for the chart's lines, from the most recent event
 * on this site for which the history holds a promo price.
 */
export function referencePrices(history: readonly PricePoint[], site: Site, events: readonly PromoEvent[], now: Date): ReferencePrices {
  for (const event of eventsBegunBy(now, eventsForSite(events, site))) {
    const start = eventStart(event).getTime();
    const observations = observationsOf(history, [Date.parse(event.mainAt), start - 7 * DAY_MS]);
    const promo = promoPriceOf(observations, [], event);
    if (promo.kind !== 'known') continue;
    const prior = prepromoLowOf(observations, event);
    return { event, promoPrice: promo.price, prepromoLow: prior.kind === 'known' ? prior.low.price : null };
  }
  return { event: null, promoPrice: null, prepromoLow: null };
}
