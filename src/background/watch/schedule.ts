/**
 * When watches are checked. Each watch carries its own `nextCheckAt`; one alarm wakes the
 * background at the earliest of them. Jitter keeps many shoppers (and many watches created at the
 * same moment) from hitting a shop on the same beat, and failures back off exponentially.
 */

export const CHECK_ALARM = 'watch-check';
/** Each period is stretched or shrunk by up to this fraction. */
export const JITTER_FRACTION = 0.15;
/** Chrome refuses shorter alarm delays for packed extensions. */
export const MIN_ALARM_DELAY_MS = 30_000;
/** A failing watch is never left longer than a day between tries. */
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;

const MINUTE_MS = 60_000;

/** The period with jitter applied: `random` in [0, 1) maps to [1 - JITTER, 1 + JITTER). */
export function jitteredPeriodMs(periodMinutes: number, random: () => number = Math.random): number {
  const period = Math.max(1, periodMinutes) * MINUTE_MS;
  return Math.round(period * (1 + (random() * 2 - 1) * JITTER_FRACTION));
}

/**
 * How long to wait after the `failures`-th failure in a row: one period, then twice that, and so
 * on, capped at a day, with the same jitter as a normal check.
 */
export function backoffMs(failures: number, periodMinutes: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(0, failures - 1), 16);
  const base = Math.max(1, periodMinutes) * MINUTE_MS * 2 ** exponent;
  return Math.min(MAX_BACKOFF_MS, Math.round(base * (1 + (random() * 2 - 1) * JITTER_FRACTION)));
}

/**
 * When the check alarm should fire: at the earliest due watch, but never sooner than the minimum
 * alarm delay (an overdue watch is checked shortly, not in a tight loop) and never later than one
 * period, so a missed reschedule costs at most one period. Null when nothing is watched.
 */
export function nextAlarmAt(earliestDue: string | null, now: number, periodMinutes: number): number | null {
  if (earliestDue === null) return null;
  const due = Date.parse(earliestDue);
  const soonest = now + MIN_ALARM_DELAY_MS;
  const latest = now + Math.max(1, periodMinutes) * MINUTE_MS;
  if (Number.isNaN(due)) return soonest;
  return Math.min(latest, Math.max(soonest, due));
}

/** The part of `browser.alarms` scheduling needs; the fake browser and both real browsers fit. */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/**
 * Makes sure the check alarm fires by `wantedAt` (or is gone when nothing is watched). An alarm that
 * already fires in time is left alone, so a background that restarts every few seconds does not
 * keep pushing the check further away.
 */
export async function ensureCheckAlarm(alarms: AlarmsApi, wantedAt: number | null): Promise<'kept' | 'set' | 'cleared'> {
  const existing = await alarms.get(CHECK_ALARM);
  if (wantedAt === null) {
    if (existing) await alarms.clear(CHECK_ALARM);
    return 'cleared';
  }
  if (existing && existing.scheduledTime <= wantedAt) return 'kept';
  await alarms.create(CHECK_ALARM, { when: wantedAt });
  return 'set';
}
