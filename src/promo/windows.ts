import type { PromoEvent, PromoPhase } from './types';
import { shanghaiDayNumber, startOfShanghaiDay, toDate } from './time';

/**
 * 返场 windows, counted in Shanghai calendar days after the event's last day (the shopper's guide:
 * platform-level 返场 "大促结束后 1-3 天", store-level "商家大促后 7-15 天").
 */
export const PLATFORM_FANCHANG_DAYS = { from: 1, to: 3 } as const;
export const STORE_FANCHANG_DAYS = { from: 7, to: 15 } as const;

export interface TimeWindow {
  start: Date;
  /** Exclusive. */
  end: Date;
}

/** When the event starts for the shopper: the pre-sale if there is one, else the main sale. */
export function eventStart(event: PromoEvent): Date {
  return new Date(event.preSaleAt ?? event.mainAt);
}

function daysAfterEndWindow(event: PromoEvent, days: { from: number; to: number }): TimeWindow {
  const endDay = shanghaiDayNumber(new Date(event.endAt));
  return { start: startOfShanghaiDay(endDay + days.from), end: startOfShanghaiDay(endDay + days.to + 1) };
}

export function platformFanchangWindow(event: PromoEvent): TimeWindow {
  const window = daysAfterEndWindow(event, PLATFORM_FANCHANG_DAYS);
  // An event that closes before midnight (e.g. 20:00) runs its first 返场 hours on its own last day.
  return { start: new Date(event.endAt), end: window.end };
}

export function storeFanchangWindow(event: PromoEvent): TimeWindow {
  return daysAfterEndWindow(event, STORE_FANCHANG_DAYS);
}

export interface EventPhase {
  phase: Exclude<PromoPhase, 'none'>;
  /** Platform 返场 only: day N of 3. */
  day?: number;
}

/** The phase of one event at a time, or null when the time is outside all its windows. */
export function phaseOfEvent(time: Date | string, event: PromoEvent): EventPhase | null {
  const t = toDate(time).getTime();
  const main = Date.parse(event.mainAt);
  const end = Date.parse(event.endAt);
  if (event.preSaleAt !== null && t >= Date.parse(event.preSaleAt) && t < main) return { phase: 'pre-sale' };
  if (t >= main && t <= end) return { phase: 'main' };
  const platform = platformFanchangWindow(event);
  if (t > end && t < platform.end.getTime()) {
    const day = Math.max(PLATFORM_FANCHANG_DAYS.from, shanghaiDayNumber(toDate(time)) - shanghaiDayNumber(new Date(event.endAt)));
    return { phase: 'platform-fanchang', day };
  }
  const store = storeFanchangWindow(event);
  if (t >= store.start.getTime() && t < store.end.getTime()) return { phase: 'store-fanchang' };
  return null;
}
