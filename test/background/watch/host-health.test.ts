import { describe, expect, it } from 'vitest';
import {
  HEALTHY_HOST,
  afterHostBlocked,
  afterHostFailure,
  afterHostSuccess,
  hostAvailability,
  hostBackoffMs,
} from '../../../src/background/watch/host-health';

const at = new Date('2026-11-11T10:00:00Z');
const MINUTE = 60_000;

describe('host back-off', () => {
  it.each([
    [1, 2 * MINUTE],
    [2, 4 * MINUTE],
    [3, 8 * MINUTE],
    [8, 256 * MINUTE],
    [9, 360 * MINUTE],
    [50, 360 * MINUTE],
  ])('after %s failures waits %s ms', (failures, ms) => {
    expect(hostBackoffMs(failures)).toBe(ms);
  });

  it('counts failures, holds requests until the retry time, and a success resets it', () => {
    const once = afterHostFailure(HEALTHY_HOST, at, 'HTTP 503');
    const twice = afterHostFailure(once, at, 'HTTP 503');
    expect(twice.failures).toBe(2);
    expect(twice.retryAt).toBe(new Date(at.getTime() + 4 * MINUTE).toISOString());
    expect(hostAvailability(twice, new Date(at.getTime() + 3 * MINUTE))).toEqual({
      ready: false,
      reason: 'backing-off',
      until: twice.retryAt,
    });
    expect(hostAvailability(twice, new Date(at.getTime() + 4 * MINUTE))).toEqual({ ready: true });
    expect(afterHostSuccess()).toEqual(HEALTHY_HOST);
  });
});

describe('host walls', () => {
  const wall = {
    reason: 'login' as const,
    since: at.toISOString(),
    openUrl: 'https://item.jd.com/1.html',
    evidence: 'redirected to passport.jd.com',
  };

  it('pauses the host until it is cleared, whatever the time', () => {
    const blocked = afterHostBlocked(HEALTHY_HOST, wall);
    expect(hostAvailability(blocked, new Date(at.getTime() + 7 * 24 * 60 * MINUTE))).toEqual({
      ready: false,
      reason: 'blocked',
      block: wall,
    });
  });

  it('keeps the first wall, so the shopper is asked once', () => {
    const later = { ...wall, since: new Date(at.getTime() + MINUTE).toISOString(), reason: 'anti-bot' as const };
    expect(afterHostBlocked(afterHostBlocked(HEALTHY_HOST, wall), later).blocked).toEqual(wall);
  });

  it('treats an unknown host as ready', () => {
    expect(hostAvailability(undefined, at)).toEqual({ ready: true });
  });
});
