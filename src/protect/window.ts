import type { PurchaseLine, ProtectRule, ProtectWindow, ShopWindowOverride } from './types';

const DAY_MS = 86_400_000;

export type WindowResult = { ok: true; window: ProtectWindow } | { ok: false; reason: 'no-rule' | 'delivery-anchored' | 'no-order-time' };

function endOf(orderedAt: string, days: number): string | null {
  const start = Date.parse(orderedAt);
  return Number.isFinite(start) ? new Date(start + days * DAY_MS).toISOString() : null;
}

/**
 * The window a purchase is protected in: the shopper's own window for the shop first, else the
 * first platform rule for its site and shop. A rule counted from delivery cannot be applied (we
 * never read logistics), so it gives no window rather than a guessed one.
 */
export function protectWindowOf(
  purchase: Pick<PurchaseLine, 'site' | 'shop' | 'orderedAt'>,
  rules: readonly ProtectRule[],
  overrides: readonly ShopWindowOverride[],
): WindowResult {
  const own = purchase.shop ? overrides.find((o) => o.site === purchase.site && o.shop === purchase.shop) : undefined;
  if (own) {
    const endsAt = endOf(purchase.orderedAt, own.days);
    if (!endsAt) return { ok: false, reason: 'no-order-time' };
    return {
      ok: true,
      window: {
        endsAt,
        days: own.days,
        ruleId: 'shop-override',
        ruleName: `你为「${own.shop}」设的 ${own.days} 天`,
        ruleNameEn: `your ${own.days}-day window for ${own.shop}`,
        source: '你的设置 (options)',
        estimated: false,
        claimUrl: null,
      },
    };
  }
  const rule = rules.find(
    (r) => r.site === purchase.site && (!r.shopPattern || (purchase.shop !== null && r.shopPattern.test(purchase.shop))),
  );
  if (!rule) return { ok: false, reason: 'no-rule' };
  if (rule.from !== 'order') return { ok: false, reason: 'delivery-anchored' };
  const endsAt = endOf(purchase.orderedAt, rule.days);
  if (!endsAt) return { ok: false, reason: 'no-order-time' };
  return {
    ok: true,
    window: {
      endsAt,
      days: rule.days,
      ruleId: rule.id,
      ruleName: rule.name,
      ruleNameEn: rule.nameEn,
      source: rule.source,
      estimated: rule.estimated,
      claimUrl: rule.claimUrl,
    },
  };
}

export function insideWindow(window: Pick<ProtectWindow, 'endsAt'>, orderedAt: string, now: Date): boolean {
  const t = now.getTime();
  return t >= Date.parse(orderedAt) && t <= Date.parse(window.endsAt);
}
