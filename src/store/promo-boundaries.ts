import { DAY_MS, eventStart, type PromoEvent } from '../promo';

/**
 * The instants at which a run of unchanged readings is cut even though nothing changed, so that
 * every stored run lies wholly inside or wholly outside each window the price rules ask about:
 * the days before an event (7 in China, 30 under EU rules), its pre-sale, its main window. Without
 * the cut, a price seen before, during and after 双11 would be one run starting in October, and
 * "the lowest price seen in the main window" would find no visit there.
 */
const PRIOR_WINDOW_DAYS = [7, 30];

const cache = new WeakMap<readonly PromoEvent[], Float64Array>();

export function promoBoundaries(events: readonly PromoEvent[]): Float64Array {
  const cached = cache.get(events);
  if (cached) return cached;
  const times: number[] = [];
  for (const e of events) {
    const start = eventStart(e).getTime();
    for (const days of PRIOR_WINDOW_DAYS) times.push(start - days * DAY_MS);
    // The main window includes its end instant, so the cut after it is one millisecond later.
    times.push(start, Date.parse(e.mainAt), Date.parse(e.endAt) + 1);
  }
  const sorted = Float64Array.from(times.filter(Number.isFinite)).sort();
  cache.set(events, sorted);
  return sorted;
}

/** True when a boundary falls in (a, b] (epoch ms): a reading at `b` must not extend a run last seen at `a`. */
export function crossesPromoBoundary(boundaries: Float64Array, a: number, b: number): boolean {
  if (!(b > a)) return false;
  let lo = 0;
  let hi = boundaries.length;
  // First boundary strictly after `a`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boundaries[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < boundaries.length && boundaries[lo]! <= b;
}
