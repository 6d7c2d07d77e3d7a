import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHECK_ALARM,
  JITTER_FRACTION,
  MAX_BACKOFF_MS,
  MIN_ALARM_DELAY_MS,
  backoffMs,
  ensureCheckAlarm,
  jitteredPeriodMs,
  nextAlarmAt,
} from '../../../src/background/watch/schedule';

const MINUTE = 60_000;

describe('jitteredPeriodMs', () => {
  it.each([
    [0, 30 * MINUTE * (1 - JITTER_FRACTION)],
    [0.5, 30 * MINUTE],
    [0.999999, 30 * MINUTE * (1 + JITTER_FRACTION)],
  ])('random %s gives %s ms for a 30-minute period', (r, expected) => {
    expect(jitteredPeriodMs(30, () => r)).toBeCloseTo(expected, -2);
  });

  it('stays within the jitter band and spreads over it', () => {
    // The ends of the band included: random() can return 0 and values as close to 1 as floats get.
    const draws = [0, 1 - Number.EPSILON, ...Array.from({ length: 498 }, (_, i) => (i * 0.618033988749895) % 1)];
    const samples = draws.map((r) => jitteredPeriodMs(30, () => r));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(Math.floor(30 * MINUTE * (1 - JITTER_FRACTION)));
    expect(Math.max(...samples)).toBeLessThanOrEqual(Math.ceil(30 * MINUTE * (1 + JITTER_FRACTION)));
    // Watches created together must not all come due together.
    expect(new Set(samples).size).toBeGreaterThan(400);
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(30 * MINUTE * JITTER_FRACTION);
  });

  it('treats a period below a minute as one minute', () => {
    expect(jitteredPeriodMs(0, () => 0.5)).toBe(MINUTE);
  });
});

describe('backoffMs', () => {
  const mid = () => 0.5;
  it.each([
    [1, 30 * MINUTE],
    [2, 60 * MINUTE],
    [3, 120 * MINUTE],
    [4, 240 * MINUTE],
    [6, 960 * MINUTE],
    [7, MAX_BACKOFF_MS],
    [40, MAX_BACKOFF_MS],
  ])('after %s failures in a row waits %s ms', (failures, expected) => {
    expect(backoffMs(failures, 30, mid)).toBe(expected);
  });

  it('doubles with each failure until the cap', () => {
    for (let f = 1; f < 6; f++) expect(backoffMs(f + 1, 30, mid)).toBe(2 * backoffMs(f, 30, mid));
  });
});

describe('nextAlarmAt', () => {
  const now = Date.parse('2026-11-11T10:00:00Z');
  it.each([
    ['no watch is active', null, null],
    ['a watch due in 10 minutes', '2026-11-11T10:10:00.000Z', now + 10 * MINUTE],
    ['an overdue watch: shortly, not in a loop', '2026-11-11T09:00:00.000Z', now + MIN_ALARM_DELAY_MS],
    ['a watch due in 3 hours: at most one period away', '2026-11-11T13:00:00.000Z', now + 30 * MINUTE],
    ['an unreadable due time', 'soon', now + MIN_ALARM_DELAY_MS],
  ])('%s', (_label, due, expected) => {
    expect(nextAlarmAt(due, now, 30)).toBe(expected);
  });
});

describe('ensureCheckAlarm', () => {
  beforeEach(() => fakeBrowser.reset());
  const now = Date.parse('2026-11-16T02:00:00Z');

  it('sets the alarm when there is none', async () => {
    expect(await ensureCheckAlarm(fakeBrowser.alarms, now + 5 * MINUTE)).toBe('set');
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(now + 5 * MINUTE);
  });

  it('keeps an alarm that already fires in time, so restarts do not push checks away', async () => {
    await fakeBrowser.alarms.create(CHECK_ALARM, { when: now + 2 * MINUTE });
    expect(await ensureCheckAlarm(fakeBrowser.alarms, now + 5 * MINUTE)).toBe('kept');
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(now + 2 * MINUTE);
  });

  it('brings a late alarm forward', async () => {
    await fakeBrowser.alarms.create(CHECK_ALARM, { when: now + 60 * MINUTE });
    expect(await ensureCheckAlarm(fakeBrowser.alarms, now + 5 * MINUTE)).toBe('set');
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(now + 5 * MINUTE);
  });

  it('clears the alarm when nothing is watched', async () => {
    await fakeBrowser.alarms.create(CHECK_ALARM, { when: now + MINUTE });
    expect(await ensureCheckAlarm(fakeBrowser.alarms, null)).toBe('cleared');
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeUndefined();
  });
});
