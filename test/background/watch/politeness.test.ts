import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostGate } from '../../../src/background/watch/politeness';

/** A request that stays open until the test settles it, recording when it started. */
function openRequests() {
  const started: Array<{ host: string; id: number; at: number }> = [];
  const finishers = new Map<number, () => void>();
  const task = (host: string, id: number) => () =>
    new Promise<number>((resolve) => {
      started.push({ host, id, at: Date.now() });
      finishers.set(id, () => resolve(id));
    });
  const finish = (id: number) => finishers.get(id)!();
  return { started, task, finish };
}

describe('HostGate', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('lets at most two requests run at once on one host', async () => {
    const gate = new HostGate({ maxConcurrent: 2, minGapMs: 0 });
    const { started, task, finish } = openRequests();
    const runs = [1, 2, 3, 4].map((id) => gate.run('item.jd.com', task('item.jd.com', id)));
    await vi.advanceTimersByTimeAsync(1000);
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    finish(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((s) => s.id)).toEqual([1, 2, 3]);
    finish(2);
    finish(3);
    await vi.advanceTimersByTimeAsync(0);
    finish(4);
    expect(await Promise.all(runs)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the minimum gap between request starts on a host, in arrival order', async () => {
    const gate = new HostGate({ maxConcurrent: 2, minGapMs: 1500 });
    const { started, task, finish } = openRequests();
    const runs = [1, 2, 3].map((id) => gate.run('item.jd.com', task('item.jd.com', id)));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([{ host: 'item.jd.com', id: 1, at: 0 }]);
    await vi.advanceTimersByTimeAsync(1499);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started.map((s) => [s.id, s.at])).toEqual([
      [1, 0],
      [2, 1500],
    ]);
    // Two in flight: the third waits for a slot even though the gap has passed.
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toHaveLength(2);
    finish(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((s) => [s.id, s.at])).toEqual([
      [1, 0],
      [2, 1500],
      [3, 6500],
    ]);
    finish(2);
    finish(3);
    await Promise.all(runs);
  });

  it('remembers the last start after a host goes idle', async () => {
    const gate = new HostGate({ maxConcurrent: 2, minGapMs: 1000 });
    const { started, task, finish } = openRequests();
    const first = gate.run('item.jd.com', task('item.jd.com', 1));
    await vi.advanceTimersByTimeAsync(0);
    finish(1);
    await first;
    const second = gate.run('item.jd.com', task('item.jd.com', 2));
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started[1]).toEqual({ host: 'item.jd.com', id: 2, at: 1000 });
    finish(2);
    await second;
  });

  it('does not hold one host back for another', async () => {
    const gate = new HostGate({ maxConcurrent: 1, minGapMs: 10_000 });
    const { started, task, finish } = openRequests();
    const runs = [
      gate.run('item.jd.com', task('item.jd.com', 1)),
      gate.run('item.jd.com', task('item.jd.com', 2)),
      gate.run('p.3.cn', task('p.3.cn', 3)),
    ];
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((s) => s.id)).toEqual([1, 3]);
    finish(1);
    finish(3);
    await vi.advanceTimersByTimeAsync(10_000);
    finish(2);
    await Promise.all(runs);
    expect(started.find((s) => s.id === 2)?.at).toBe(10_000);
  });

  it('applies new limits to waiting requests', async () => {
    const gate = new HostGate({ maxConcurrent: 1, minGapMs: 60_000 });
    const { started, task, finish } = openRequests();
    const runs = [1, 2].map((id) => gate.run('item.jd.com', task('item.jd.com', id)));
    await vi.advanceTimersByTimeAsync(0);
    finish(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toHaveLength(1);
    gate.setRules({ maxConcurrent: 1, minGapMs: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    finish(2);
    await Promise.all(runs);
  });

  it('frees the slot when a request fails', async () => {
    const gate = new HostGate({ maxConcurrent: 1, minGapMs: 0 });
    await expect(gate.run('item.jd.com', () => Promise.reject(new Error('reset')))).rejects.toThrow('reset');
    await expect(gate.run('item.jd.com', async () => 'ok')).resolves.toBe('ok');
  });
});
