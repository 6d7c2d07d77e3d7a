import { describe, expect, it } from 'vitest';
import { quietHoursEnd } from '../../../src/background/watch/quiet-hours';

const SHANGHAI = 'Asia/Shanghai';

describe('quietHoursEnd', () => {
  const overnight = { start: '22:00', end: '08:00' };
  const afternoon = { start: '13:00', end: '14:30' };
  it.each([
    ['before an overnight window', overnight, '2026-11-11T21:59:00+08:00', null],
    ['at its start', overnight, '2026-11-11T22:00:00+08:00', '2026-11-12T08:00:00+08:00'],
    ['before midnight', overnight, '2026-11-11T23:30:45+08:00', '2026-11-12T08:00:00+08:00'],
    ['after midnight', overnight, '2026-11-12T02:13:00+08:00', '2026-11-12T08:00:00+08:00'],
    ['the last minute', overnight, '2026-11-12T07:59:59+08:00', '2026-11-12T08:00:00+08:00'],
    ['at its end', overnight, '2026-11-12T08:00:00+08:00', null],
    ['inside a daytime window', afternoon, '2026-11-11T13:45:00+08:00', '2026-11-11T14:30:00+08:00'],
    ['after a daytime window', afternoon, '2026-11-11T14:30:00+08:00', null],
    ['no quiet hours', null, '2026-11-12T02:00:00+08:00', null],
    ['start equal to end', { start: '08:00', end: '08:00' }, '2026-11-12T08:00:00+08:00', null],
    ['unreadable times', { start: '10pm', end: '8' }, '2026-11-12T02:00:00+08:00', null],
    ['midnight written as 24:00', { start: '20:00', end: '24:00' }, '2026-11-11T23:00:00+08:00', '2026-11-12T00:00:00+08:00'],
  ])('%s', (_label, quiet, now, end) => {
    const result = quietHoursEnd(new Date(now), quiet, SHANGHAI);
    expect(result?.toISOString() ?? null).toBe(end === null ? null : new Date(end).toISOString());
  });

  it('reads the clock in the given time zone', () => {
    // 02:00 in Shanghai is 18:00 the day before in UTC: quiet in one, not in the other.
    const now = new Date('2026-11-12T02:00:00+08:00');
    expect(quietHoursEnd(now, overnight, SHANGHAI)).not.toBeNull();
    expect(quietHoursEnd(now, overnight, 'UTC')).toBeNull();
  });
});
