import type { Site } from '../core/types';
import type { ProductLookup } from '../core/views';
import type { PanelView } from '../messaging/product-messages';
import type { PromoEvent } from '../promo';
import type { RadarDatabase } from '../store';
import { dismissedPanelSitesSetting, languageSetting, readPromoCalendar, resolveLanguage, saveSetting } from '../store/settings';
import { sessionPanelTabs, type PanelTabs } from './panel-tabs';
import { lookUpProduct } from './product-view';
import { onExtensionPageMessage } from './senders';

/** What the panel's messages read and write; tests pass their own. */
export interface PanelContext {
  lookUp(query: { site: string; itemId: string }): Promise<ProductLookup>;
  dismissedSites(): Promise<Site[]>;
  saveDismissedSites(sites: Site[]): Promise<void>;
  /** The shopper's language, 'auto' already resolved. */
  lang(): Promise<'zh' | 'en'>;
  /** The promo calendar with the shopper's own events. */
  events(): Promise<readonly PromoEvent[]>;
}

export function extensionPanelContext(db: RadarDatabase): PanelContext {
  return {
    lookUp: (query) => lookUpProduct(db, query),
    dismissedSites: () => dismissedPanelSitesSetting.getValue(),
    async saveDismissedSites(sites) {
      const result = await saveSetting('dismissedPanelSites', sites);
      if (!result.ok) throw new Error(result.error);
    },
    // navigator.languages, as the popup and the options page read it, so every face agrees on 'auto'.
    lang: async () => resolveLanguage(await languageSetting.getValue(), navigator.languages[0] ?? ''),
    events: async () => (await readPromoCalendar()).events,
  };
}

/** Traps about other products (the 满减 filler names other cart items): the popup shows them. */
const PANEL_OMITS: ReadonlySet<string> = new Set(['threshold-filler']);

export async function panelView(ctx: PanelContext, query: { site: Site; itemId: string }): Promise<PanelView> {
  if ((await ctx.dismissedSites()).includes(query.site)) return { status: 'hidden' };
  const found = await ctx.lookUp(query);
  if (found.status !== 'found') return { status: 'not-seen' };
  const ids = new Set(found.view.traps.map((t) => t.evidence.event).filter((id): id is string => typeof id === 'string'));
  const eventNames: Record<string, { zh: string; en: string }> = {};
  for (const e of await ctx.events()) if (ids.has(e.id)) eventNames[e.id] = { zh: e.name, en: e.nameEn };
  return {
    status: 'show',
    lang: await ctx.lang(),
    verdict: found.view.verdict,
    // The panel sits on a shop's page: it shows this product only, never other cart items.
    traps: found.view.traps.filter((t) => !PANEL_OMITS.has(t.id)),
    currency: found.view.snapshot.currency,
    eventNames,
  };
}

export async function dismissPanel(ctx: PanelContext, site: Site): Promise<{ ok: true }> {
  const hidden = await ctx.dismissedSites();
  if (!hidden.includes(site)) await ctx.saveDismissedSites([...hidden, site]);
  return { ok: true };
}

/**
 * The panel frame's messages; one call from the background's start-up. Returns the tab record the
 * reader's messages fill in.
 */
export function registerPopupHandlers(
  db: RadarDatabase,
  ctx: PanelContext = extensionPanelContext(db),
  tabs: PanelTabs = sessionPanelTabs(),
): PanelTabs {
  onExtensionPageMessage('getPanelView', async (_, sender) => {
    const product = await tabs.productOf(sender.tab);
    return product ? panelView(ctx, product) : { status: 'not-seen' as const };
  });
  onExtensionPageMessage('dismissPanel', async (_, sender) => {
    const product = await tabs.productOf(sender.tab);
    return product ? dismissPanel(ctx, product.site) : { ok: true as const };
  });
  return tabs;
}
