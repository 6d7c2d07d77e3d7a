import { describe, expect, it } from 'vitest';
import type { FieldConfidence, SnapshotField } from '../../src/core/types';
import { prepareRuleInput, runRules } from '../../src/traps';
import { judgeSnapshot } from '../../src/traps/judge';
import { promoPrice } from '../../src/traps/promo-price';
import { sizeRun } from '../../src/traps/size-run';
import { context, DOUBLE11, outcomeOf, sku, snapshot } from './context';

/** Rules stand on fields; an uncertain field turns a would-be trap into "not enough data". */
const fanchang = new Date('2025-11-12T10:00:00+08:00');
const inPromo = [{ at: '2025-11-11T00:10:00+08:00', price: 299 }];
const page = (price: number | null, confidence: Partial<Record<SnapshotField, FieldConfidence>> = {}) =>
  snapshot({ price, listPrice: 499, confidence }, fanchang);

describe('rules that cannot judge', () => {
  it('a price read with high confidence gives the promo-price trap', () => {
    const { traps, undetermined } = runRules(prepareRuleInput(context({ snapshot: page(349, { price: 'high' }), history: inPromo })));
    expect(traps.map((t) => t.id)).toContain('above-promo-price');
    expect(undetermined.map((u) => u.id)).toEqual(['inflated-list-price']);
  });

  it('a price read with low confidence turns every price trap into "not enough data"', () => {
    const { traps, undetermined } = runRules(prepareRuleInput(context({ snapshot: page(349, { price: 'low' }), history: inPromo })));
    expect(traps).toEqual([]);
    expect(undetermined).toContainEqual({
      id: 'same-as-promo-price',
      fields: ['price'],
      reason: expect.stringContaining('价格') as string,
    });
  });

  it('a missing price with a promo price to compare with says so, instead of staying silent', () => {
    const said = outcomeOf(promoPrice, context({ snapshot: page(null), history: inPromo }));
    expect(said).toEqual({ id: 'same-as-promo-price', fields: ['price'], reason: expect.stringContaining('没读到价格') as string });
  });

  it('judgeSnapshot carries them beside the traps, and they never decide the verdict', () => {
    const j = judgeSnapshot(page(349, { price: 'low' }), { now: fanchang, history: inPromo, events: [DOUBLE11], lang: 'en' });
    expect(j.traps).toEqual([]);
    expect(j.undetermined.map((u) => u.id).sort()).toEqual(['inflated-list-price', 'same-as-promo-price']);
    expect(j.undetermined.find((u) => u.id === 'same-as-promo-price')?.reason).toMatch(/conflicting readings of the price/);
    expect(j.verdict.verdict).toBe('fine-to-wait');
  });

  it('a low-confidence field that no trap stands on changes nothing', () => {
    const j = judgeSnapshot(page(349, { title: 'low' }), { now: fanchang, history: inPromo, events: [DOUBLE11] });
    expect(j.traps.map((t) => t.id)).toContain('above-promo-price');
  });
});

describe('expiry read with conflicting dates', () => {
  it('says "not enough data" instead of "the page states no date"', () => {
    const cream = snapshot({ category: 'cosmetics', price: 590, expiry: null, confidence: { expiry: 'low' } }, fanchang);
    const j = judgeSnapshot(cream, { now: fanchang, events: [DOUBLE11] });
    expect(j.traps.map((t) => t.id)).not.toContain('expiry-unknown');
    expect(j.undetermined).toContainEqual({
      id: 'expiry-unknown',
      fields: ['expiry'],
      reason: expect.stringContaining('保质期') as string,
    });
  });
});

describe('size-run without an option list', () => {
  const shirt = (skus: ReturnType<typeof snapshot>['skus']) => snapshot({ category: 'apparel', price: 99, skus }, fanchang);

  it('says "not enough data" when the shopper has a size and the page gave no options', () => {
    expect(outcomeOf(sizeRun, context({ snapshot: shirt([]), profile: { sizes: { top: 'M' } } }))).toEqual({
      id: 'size-run',
      fields: ['skus'],
      reason: expect.stringContaining('规格和库存') as string,
    });
  });

  it('stays silent when the shopper gave no size, or the page lists its options', () => {
    expect(outcomeOf(sizeRun, context({ snapshot: shirt([]), profile: { sizes: {} } }))).toBeNull();
    expect(
      outcomeOf(sizeRun, context({ snapshot: shirt([sku('1', 'M', true), sku('2', 'L', true)]), profile: { sizes: { top: 'M' } } })),
    ).toBeNull();
  });
});
