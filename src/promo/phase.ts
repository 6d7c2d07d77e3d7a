import { BUILT_IN_SITES } from '../core/hosts';
import type { Site } from '../core/types';
import type { PromoEvent, PromoPhase } from './types';
import { toDate } from './time';
import { phaseOfEvent } from './windows';

export interface PhaseAt {
  event: PromoEvent | null;
  phase: PromoPhase;
  /** Platform 返场 only: day N of 3 (hot items usually sell out on day 1). */
  day?: number;
}

/** When events overlap, the phase closest to the sale itself tells the shopper the most. */
const PHASE_PRIORITY: Record<Exclude<PromoPhase, 'none'>, number> = {
  main: 4,
  'pre-sale': 3,
  'platform-fanchang': 2,
  'store-fanchang': 1,
};

/**
 * Which event and phase a time falls in. Overlaps resolve to the strongest phase, then to the
 * event that began last (the one the shopper is most likely looking at).
 */
export function phaseAt(time: Date | string, events: readonly PromoEvent[]): PhaseAt {
  let best: PhaseAt = { event: null, phase: 'none' };
  for (const event of events) {
    const found = phaseOfEvent(time, event);
    if (!found) continue;
    const current = best.phase === 'none' ? 0 : PHASE_PRIORITY[best.phase];
    const candidate = PHASE_PRIORITY[found.phase];
    const later = best.event !== null && Date.parse(event.mainAt) > Date.parse(best.event.mainAt);
    if (candidate > current || (candidate === current && later)) {
      best = found.day === undefined ? { event, phase: found.phase } : { event, phase: found.phase, day: found.day };
    }
  }
  return best;
}

const CHINESE_SITES: readonly Site[] = BUILT_IN_SITES;

/**
 * The events that apply to a site. A Chinese site without events of its own (the calendar has no
 * announced Pinduoduo dates) follows the industry-wide events; shops elsewhere only get events a
 * shopper added for them, since 双11 and 618 are Chinese promotions.
 */
export function eventsForSite(events: readonly PromoEvent[], site: Site): PromoEvent[] {
  const own = events.filter((e) => e.platforms.includes(site));
  if (own.length > 0 || !CHINESE_SITES.includes(site)) return own;
  return events.filter((e) => e.platforms.some((p) => CHINESE_SITES.includes(p)));
}

/** Events that have begun by `time` (pre-sale or main), latest first: where to look back for promo prices. */
export function eventsBegunBy(time: Date | string, events: readonly PromoEvent[]): PromoEvent[] {
  const t = toDate(time).getTime();
  return events.filter((e) => Date.parse(e.preSaleAt ?? e.mainAt) <= t).sort((a, b) => Date.parse(b.mainAt) - Date.parse(a.mainAt));
}

/**
 * The promo event something done at `at` on `site` belongs to: the one in whose pre-sale, main sale
 * or 返场 it happened, among the events that apply to the site; null outside every event. Cart adds
 * and purchases use this one rule, so the 返场 view puts a bought item beside the carted ones.
 */
export function promoEventAt(at: Date | string, site: Site, events: readonly PromoEvent[]): PromoEvent | null {
  return phaseAt(at, eventsForSite(events, site)).event;
}
