import { describe, expect, it } from 'vitest';
import { defectGoods } from '../../src/traps/defect-goods';
import { noReturns } from '../../src/traps/no-returns';
import { oldModel } from '../../src/traps/old-model';
import { context, run, snapshot } from './context';

const now = new Date('2025-11-20T10:00:00+08:00');
const withSignals = (signals: object, category: 'other' | 'electronics' = 'other') =>
  context({ snapshot: snapshot({ category, signals: signals as never }, now), now });

describe('no-returns', () => {
  it.each([
    [{ returnPolicy: 'no-7day' }, '不支持7天无理由退货'],
    [{ defectWords: ['清仓不退换'] }, '清仓不退换'],
    [{ defectWords: ['瑕疵', '不退不换'] }, '不退不换'],
    [{ returnPolicy: 'no-7day', defectWords: ['不退不换'] }, '不支持7天无理由退货, 不退不换'],
  ])('%j', (signals, pageSays) => {
    expect(run(noReturns, withSignals(signals))).toMatchObject({ id: 'no-returns', severity: 'warn', evidence: { pageSays } });
  });

  it.each([[{ returnPolicy: '7day' }], [{ returnPolicy: null }], [{ defectWords: ['清仓'] }]])('is silent for %j', (signals) => {
    expect(run(noReturns, withSignals(signals))).toBeNull();
  });
});

describe('defect-goods', () => {
  it.each([
    [['瑕疵'], 'danger', '瑕疵'],
    [['残次', '不退不换'], 'danger', '残次'],
    [['清仓'], 'warn', '清仓'],
  ] as const)('%j -> %s', (defectWords, severity, pageSays) => {
    expect(run(defectGoods, withSignals({ defectWords }))).toMatchObject({ severity, evidence: { pageSays } });
  });

  it('leaves return refusals to no-returns', () => {
    expect(run(defectGoods, withSignals({ defectWords: ['不退不换'] }))).toBeNull();
    expect(run(defectGoods, withSignals({ defectWords: [] }))).toBeNull();
  });

  it('writes both languages', () => {
    const ctx = { ...withSignals({ defectWords: ['瑕疵'] }), lang: 'en' as const };
    expect(run(defectGoods, ctx)?.title).toBe('Defective goods');
    expect(run(defectGoods, withSignals({ defectWords: ['瑕疵'] }))?.title).toBe('瑕疵/残次品');
  });
});

describe('old-model', () => {
  it.each([
    ['2024-10', 'electronics', 12, false], // read at 2024-10-31: 12 full months, not more
    ['2024-09', 'electronics', 13, true],
    ['2024年9月', 'electronics', 13, true],
    ['2023-03-15', 'electronics', 32, true],
    ['2025-06-01', 'electronics', 5, false],
    ['2020-01', 'other', 0, false],
    ['去年', 'electronics', 0, false],
  ] as const)('released %s (%s) -> fires %s', (releasedOn, category, months, fires) => {
    const trap = run(oldModel, withSignals({ releasedOn }, category));
    expect(trap !== null).toBe(fires);
    if (fires) expect(trap?.evidence).toMatchObject({ monthsSinceRelease: months, limitMonths: 12, releasedOn });
  });
});
