import { describe, expect, it } from 'vitest';
import type { Trap } from '../../src/core/types';
import { phaseAt } from '../../src/promo';
import { decideVerdict } from '../../src/traps';
import { DOUBLE11 } from './context';

const trap = (id: Trap['id'], severity: Trap['severity'], title = id): Trap => ({ id, severity, title, detail: '', evidence: { n: 1 } });
const none = phaseAt('2025-12-30T10:00:00+08:00', [DOUBLE11]);

describe('decideVerdict', () => {
  it.each([
    [[trap('near-expiry', 'danger'), trap('below-promo-price', 'good')], 'skip', ['near-expiry']],
    [[trap('above-promo-price', 'warn'), trap('threshold-filler', 'info')], 'fine-to-wait', ['above-promo-price']],
    [[trap('same-as-promo-price', 'info')], 'fine-to-wait', ['same-as-promo-price']],
    [[trap('inflated-list-price', 'info')], 'fine-to-wait', ['inflated-list-price']],
    [[trap('inflated-list-price', 'info'), trap('fake-scarcity', 'warn')], 'fine-to-wait', ['fake-scarcity', 'inflated-list-price']],
    [[trap('below-promo-price', 'good'), trap('threshold-filler', 'info')], 'buy-now', ['below-promo-price']],
    [[trap('threshold-filler', 'info')], 'fine-to-wait', ['没有证据表明现在买更划算']],
    [[], 'fine-to-wait', ['没有证据表明现在买更划算']],
  ] as const)('%j -> %s', (traps, verdict, reasons) => {
    const result = decideVerdict([...traps], none, 'zh');
    expect(result.verdict).toBe(verdict);
    expect(result.reasons).toEqual(reasons);
    expect(result.timing).toBeNull();
  });

  it('labels the verdict in both languages', () => {
    expect(decideVerdict([trap('near-expiry', 'danger')], none, 'zh').label).toBe('别买');
    expect(decideVerdict([trap('near-expiry', 'danger')], none, 'en').label).toBe('Skip');
    expect(decideVerdict([], none, 'en').reasons).toEqual(['Nothing shows that buying now is the better deal']);
  });

  it.each([
    ['2025-11-12T10:00:00+08:00', 'platform-fanchang', 1, '当天抢空'],
    ['2025-11-14T10:00:00+08:00', 'platform-fanchang', 3, '第 1 天抢空'],
    ['2025-11-20T10:00:00+08:00', 'store-fanchang', undefined, '10%-30%'],
    ['2025-11-01T10:00:00+08:00', 'main', undefined, '大促价'],
    ['2025-10-16T10:00:00+08:00', 'pre-sale', undefined, '定金'],
  ])('gives the 返场 timing at %s', (time, phase, day, advice) => {
    const timing = decideVerdict([], phaseAt(time, [DOUBLE11]), 'zh').timing;
    expect(timing).toMatchObject({ phase, event: '双11' });
    expect(timing?.day).toBe(day);
    expect(timing?.advice).toContain(advice);
  });

  it('says platform 返场 day N of 3 in English', () => {
    expect(decideVerdict([], phaseAt('2025-11-13T10:00:00+08:00', [DOUBLE11]), 'en').timing?.advice).toContain('day 2 of 3');
  });
});
