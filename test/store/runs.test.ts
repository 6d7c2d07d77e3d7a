import { describe, expect, it } from 'vitest';
import { applyReading, MAX_RUNS_PER_MONTH, type Reading } from '../../src/store/runs';
import type { Run } from '../../src/store/db';

const reading = (price: number): Reading => ({ skuId: '', price, listPrice: null, stock: null });

describe('a month of runs is bounded', () => {
  it('keeps at most MAX_RUNS_PER_MONTH change points, the last one always the newest reading', () => {
    const runs: Run[] = [];
    const none = new Float64Array();
    for (let i = 0; i < MAX_RUNS_PER_MONTH * 3; i++) applyReading(runs, reading(100 + (i % 2)), 1_000 * (i + 1), none);
    expect(runs).toHaveLength(MAX_RUNS_PER_MONTH);
    const last = MAX_RUNS_PER_MONTH * 3;
    expect(runs.at(-1)![0]).toBe(1_000 * last);
    expect(runs.at(-1)![2]).toBe(100 + ((last - 1) % 2));
  });
});
