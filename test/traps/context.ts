import { blankSnapshot } from '../../src/adapters/snapshot';
import type { ProductSnapshot, Sku, Trap, TrapId, Undetermined } from '../../src/core/types';
import type { PromoEvent } from '../../src/promo';
import { evaluateTraps, prepareRuleInput, type Rule, type TrapContext } from '../../src/traps';

/** Test builders: a product page and a shopper, with only what each test says filled in. */
export const DOUBLE11: PromoEvent = {
  id: 'test-double11',
  name: '双11',
  nameEn: 'Double 11',
  platforms: ['tmall', 'taobao', 'jd'],
  preSaleAt: '2025-10-15T20:00:00+08:00',
  mainAt: '2025-10-20T20:00:00+08:00',
  endAt: '2025-11-11T23:59:59+08:00',
  estimated: false,
  source: 'test',
};

export function snapshot(overrides: Partial<ProductSnapshot> = {}, now = new Date('2025-11-12T10:00:00+08:00')): ProductSnapshot {
  const base = blankSnapshot('tmall', '600000000001', new URL('https://detail.tmall.com/item.htm?id=600000000001'), now);
  return { ...base, ...overrides, signals: { ...base.signals, ...overrides.signals } };
}

export function sku(skuId: string, size: string | null, available: boolean, stock: number | null = null, price: number | null = null): Sku {
  return { skuId, props: size ? { 尺码: size } : {}, size, price, stock, available };
}

export function context(overrides: Partial<TrapContext> = {}): TrapContext {
  const now = overrides.now ?? new Date('2025-11-12T10:00:00+08:00');
  return {
    snapshot: overrides.snapshot ?? snapshot({}, now),
    now,
    history: [],
    cartAdds: [],
    profile: { sizes: {} },
    events: [DOUBLE11],
    cartItems: [],
    lang: 'zh',
    ...overrides,
  };
}

/** What one rule says on a context: a trap, "not enough data", or nothing. */
export function outcomeOf(rule: Rule, ctx: TrapContext): Trap | Undetermined | null {
  return rule(prepareRuleInput(ctx));
}

/** The trap one rule gives on a context; "not enough data" is no trap. */
export function run(rule: Rule, ctx: TrapContext): Trap | null {
  const outcome = outcomeOf(rule, ctx);
  return outcome !== null && 'severity' in outcome ? outcome : null;
}

export function ids(ctx: TrapContext): TrapId[] {
  return evaluateTraps(ctx).map((t) => t.id);
}
