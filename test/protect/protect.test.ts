import { describe, expect, it } from 'vitest';
import { PROTECT_RULES, claimOf, protectWindowOf, reminderDue } from '../../src/protect';
import { TEST_NOW, isoBefore } from '../clock';

const now = new Date(TEST_NOW);

describe('price-protection windows', () => {
  it('every rule names its source, and counts from the order when it can be applied', () => {
    for (const rule of PROTECT_RULES) {
      expect(rule.source.length).toBeGreaterThan(10);
      expect(typeof rule.estimated).toBe('boolean');
      expect(rule.days).toBeGreaterThan(0);
    }
  });

  it('JD self-operated purchases get the 7-day rule, other JD shops none', () => {
    const orderedAt = isoBefore(now, 2);
    const self = protectWindowOf({ site: 'jd', shop: '京东自营', orderedAt }, PROTECT_RULES, []);
    expect(self).toMatchObject({
      ok: true,
      window: { ruleId: 'jd-self-operated-7d', days: 7, estimated: true, claimUrl: 'https://pcsitepp-fm.jd.com/' },
    });
    if (self.ok) expect(Date.parse(self.window.endsAt) - Date.parse(orderedAt)).toBe(7 * 86_400_000);
    expect(protectWindowOf({ site: 'jd', shop: '城市轻装旗舰店', orderedAt }, PROTECT_RULES, [])).toEqual({ ok: false, reason: 'no-rule' });
    expect(protectWindowOf({ site: 'jd', shop: null, orderedAt }, PROTECT_RULES, [])).toEqual({ ok: false, reason: 'no-rule' });
    // A third-party shop that calls itself 自营 is not JD's own.
    expect(protectWindowOf({ site: 'jd', shop: '某某自营专卖店', orderedAt }, PROTECT_RULES, [])).toEqual({ ok: false, reason: 'no-rule' });
  });

  it('no sourced rule for Taobao, Tmall or Pinduoduo: only the shopper’s own window applies', () => {
    const orderedAt = isoBefore(now, 2);
    for (const site of ['taobao', 'tmall', 'pinduoduo'] as const) {
      expect(protectWindowOf({ site, shop: '松间原创男装店', orderedAt }, PROTECT_RULES, [])).toEqual({ ok: false, reason: 'no-rule' });
    }
    const own = protectWindowOf({ site: 'taobao', shop: '松间原创男装店', orderedAt }, PROTECT_RULES, [
      { site: 'taobao', shop: '松间原创男装店', days: 15 },
    ]);
    expect(own).toMatchObject({ ok: true, window: { ruleId: 'shop-override', days: 15, estimated: false } });
  });

  it('the shopper’s window for a shop wins over the platform rule', () => {
    const w = protectWindowOf({ site: 'jd', shop: '京东自营', orderedAt: isoBefore(now, 2) }, PROTECT_RULES, [
      { site: 'jd', shop: '京东自营', days: 30 },
    ]);
    expect(w).toMatchObject({ ok: true, window: { ruleId: 'shop-override', days: 30 } });
  });

  it('a delivery-anchored rule gives no window: delivery dates are never read', () => {
    const rules = [{ ...PROTECT_RULES[0]!, from: 'delivery' as const }];
    expect(protectWindowOf({ site: 'jd', shop: '京东自营', orderedAt: isoBefore(now, 1) }, rules, [])).toEqual({
      ok: false,
      reason: 'delivery-anchored',
    });
  });
});

describe('claims', () => {
  const window = { endsAt: isoBefore(now, -5) };
  const purchase = { unitPrice: 299, quantity: 2, orderedAt: isoBefore(now, 2) };

  it('the difference times the quantity, to the fen', () => {
    expect(claimOf(purchase, 279.9, window, now)).toEqual({ paid: 299, priceNow: 279.9, quantity: 2, amount: 38.2, endsAt: window.endsAt });
  });

  it('nothing when the price is the same, higher, unknown, or the window has closed', () => {
    expect(claimOf(purchase, 299, window, now)).toBeNull();
    expect(claimOf(purchase, 298.999, window, now)).toBeNull();
    expect(claimOf(purchase, 320, window, now)).toBeNull();
    expect(claimOf(purchase, null, window, now)).toBeNull();
    expect(claimOf({ ...purchase, unitPrice: null }, 200, window, now)).toBeNull();
    expect(claimOf(purchase, 200, { endsAt: isoBefore(now, 0.5) }, now)).toBeNull();
    expect(claimOf({ ...purchase, orderedAt: isoBefore(now, -1) }, 200, window, now)).toBeNull();
  });

  it('a reminder is due in the last day of the window only', () => {
    expect(reminderDue({ endsAt: isoBefore(now, -0.5) }, now)).toBe(true);
    expect(reminderDue({ endsAt: isoBefore(now, -2) }, now)).toBe(false);
    expect(reminderDue({ endsAt: isoBefore(now, 0.1) }, now)).toBe(false);
  });
});
