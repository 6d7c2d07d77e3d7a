import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { blankSnapshot } from '../../src/adapters/snapshot';

const valid = () =>
  blankSnapshot('jd', '100012043978', new URL('https://item.jd.com/100012043978.html'), new Date('2026-11-12T10:00:00+08:00'));

describe('checkSnapshot', () => {
  it('accepts a snapshot built by the adapters', () => {
    expect(checkSnapshot(valid())).toEqual({ ok: true, snapshot: valid() });
  });

  it('rejects a negative price and says where', () => {
    const result = checkSnapshot({ ...valid(), price: -1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^invalid snapshot at price:/);
  });

  it('rejects NaN, unknown sites and non-objects', () => {
    expect(checkSnapshot({ ...valid(), price: Number.NaN }).ok).toBe(false);
    expect(checkSnapshot({ ...valid(), site: 'amazon' }).ok).toBe(false);
    expect(checkSnapshot('hello').ok).toBe(false);
    expect(checkSnapshot(null).ok).toBe(false);
  });

  it('takes upsell offers within bounds, and snapshots stored before they were read', () => {
    const offer = { text: '同款升级 口红 ¥229 爆款', price: 229, tags: ['爆款'] };
    const withOffer = { ...valid(), signals: { ...valid().signals, upsellOffers: [offer] } };
    expect(checkSnapshot(withOffer).ok).toBe(true);
    const { upsellOffers: _dropped, ...olderSignals } = valid().signals;
    expect(checkSnapshot({ ...valid(), signals: olderSignals }).ok).toBe(true);
    const flood = { ...valid(), signals: { ...valid().signals, upsellOffers: Array.from({ length: 21 }, () => offer) } };
    expect(checkSnapshot(flood)).toMatchObject({ ok: false, error: expect.stringMatching(/signals\.upsellOffers/) as string });
    const negative = { ...valid(), signals: { ...valid().signals, upsellOffers: [{ ...offer, price: -1 }] } };
    expect(checkSnapshot(negative).ok).toBe(false);
  });
});
