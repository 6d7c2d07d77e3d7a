import { now } from '../core/clock';
import type { Severity } from '../core/types';
import type { ProductLookup } from '../core/views';
import { adapterForUrl } from '../adapters';
import { isPublicHostName } from '../core/hosts';
import { phaseAt, type PromoEvent } from '../promo';
import { cartAddsOf, claimSightingsFor, getPriceHistory, historyForRules, trackedCartItemsOf, type RadarDatabase } from '../store';
import { languageSetting, readPromoCalendar, readShopperProfile, resolveLanguage } from '../store/settings';
import { judgeSnapshot } from '../traps/judge';
import type { Lang, ShopperProfile } from '../traps/types';

export type ProductQuery = { url: string } | { site: string; itemId: string };

/** What judging a product needs from outside the database; tests pass their own. */
export interface JudgeContext {
  events(): Promise<readonly PromoEvent[]>;
  profile(): Promise<ShopperProfile>;
  lang(): Promise<Lang>;
  now(): Date;
}

export const extensionJudgeContext: JudgeContext = {
  events: async () => (await readPromoCalendar()).events,
  profile: readShopperProfile,
  lang: async () => resolveLanguage(await languageSetting.getValue(), globalThis.navigator?.languages?.[0] ?? ''),
  now,
};

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warn: 1, info: 2, good: 3 };

function identify(query: ProductQuery): { site: string; itemId: string } | null {
  if ('site' in query) return query;
  let url: URL;
  try {
    url = new URL(query.url);
  } catch {
    return null;
  }
  const adapter = adapterForUrl(url);
  const itemId = adapter?.itemIdFromUrl(url);
  return adapter && itemId ? { site: adapter.site, itemId } : null;
}

/**
 * What the popup and the panel show for one product: the latest snapshot, its price history, and
 * the rules' verdict on it, judged with everything the store remembers (docs/contracts.md), exactly
 * as the CLI judges a saved page with the same history, cart and profile.
 */
export async function lookUpProduct(
  db: RadarDatabase,
  query: ProductQuery,
  ctx: JudgeContext = extensionJudgeContext,
): Promise<ProductLookup> {
  const id = identify(query);
  if (!id) return { status: 'not-a-product-page' };
  const key = `${id.site}:${id.itemId}`;
  const row = await db.products.get(key);
  // Any https page matches the generic adapter; unseen, it is an offer to read that shop, not a product.
  if (!row && id.site === 'schema-org' && 'url' in query) {
    const url = new URL(query.url);
    // Never offer to read the shopper's router, printer or own machine.
    return isPublicHostName(url.hostname)
      ? { status: 'not-a-product-page', otherShopOrigin: url.origin }
      : { status: 'not-a-product-page' };
  }
  if (!row) return { status: 'not-seen', ...id };

  const now = ctx.now();
  const [events, profile, lang] = await Promise.all([ctx.events(), ctx.profile(), ctx.lang()]);
  const event = phaseAt(now, events).event;
  const [history, cartAdds, otherCartItems, points, claimSightings] = await Promise.all([
    historyForRules(db, key),
    cartAddsOf(db, key),
    event ? trackedCartItemsOf(db, event.id) : Promise.resolve([]),
    getPriceHistory(db, key),
    claimSightingsFor(db, row.snapshot),
  ]);
  const judgement = judgeSnapshot(row.snapshot, {
    now,
    history,
    cartAdds,
    profile,
    events,
    cartItems: otherCartItems.filter((item) => item.key !== key),
    claimSightings,
    lang,
  });
  const traps = [...judgement.traps].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    status: 'found',
    view: {
      snapshot: row.snapshot,
      firstSeenAt: row.firstSeenAt,
      history: points,
      traps,
      undetermined: judgement.undetermined,
      verdict: judgement.verdict,
    },
  };
}
