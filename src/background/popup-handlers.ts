import { readingQuality } from '../core/reading-quality';
import type { Site } from '../core/types';
import type { ProductLookup } from '../core/views';
import type { PanelView } from '../messaging/product-messages';
import { onMessage } from '../messaging/protocol';
import type { PromoEvent } from '../promo';
import type { RadarDatabase } from '../store';
import { browserLanguages, resolveLang, type Lang } from '../core/lang';
import { dismissedPanelSitesSetting, languageSetting, readPromoCalendar, saveSetting } from '../store/settings';
import { lookUpProduct } from './product-view';

/** What the panel's messages read and write; tests pass their own. */
export interface PanelContext {
  lookUp(query: { site: string; itemId: string }): Promise<ProductLookup>;
  dismissedSites(): Promise<Site[]>;
  saveDismissedSites(sites: Site[]): Promise<void>;
  /** The shopper's language, 'auto' already resolved. */
  lang(): Promise<Lang>;
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
    lang: async () => resolveLang(await languageSetting.getValue(), browserLanguages()),
    events: async () => (await readPromoCalendar()).events,
  };
}

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
    traps: found.view.traps,
    undetermined: found.view.undetermined,
    quality: readingQuality(found.view.snapshot),
    currency: found.view.snapshot.currency,
    eventNames,
  };
}

export async function dismissPanel(ctx: PanelContext, site: Site): Promise<{ ok: true }> {
  const hidden = await ctx.dismissedSites();
  if (!hidden.includes(site)) await ctx.saveDismissedSites([...hidden, site]);
  return { ok: true };
}

/** The messages only the UI needs; one call from the background's start-up. */
export function registerPopupHandlers(db: RadarDatabase, ctx: PanelContext = extensionPanelContext(db)): void {
  onMessage('getPanelView', ({ data }) => panelView(ctx, data));
  onMessage('dismissPanel', ({ data }) => dismissPanel(ctx, data.site));
}
