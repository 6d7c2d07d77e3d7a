import type { ProductLookup } from '../core/views';
import type { PanelView } from '../messaging/product-messages';
import { onMessage } from '../messaging/protocol';
import type { PromoEvent } from '../promo';
import type { Verdict } from '../traps';

/** The settings the panel's messages read and write. */
export interface PanelSettings {
  dismissedPanelSites(): Promise<string[]>;
  setDismissedPanelSites(sites: string[]): Promise<void>;
  /** 'auto' follows the browser. */
  language(): Promise<'zh' | 'en' | 'auto'>;
  /** The promo calendar with the shopper's own events. */
  events(): Promise<readonly PromoEvent[]>;
}

/** The panel's language: the setting, else the browser's first language (the UI's own rule). */
export function panelLang(setting: 'zh' | 'en' | 'auto', languages: readonly string[] = globalThis.navigator?.languages ?? []): 'zh' | 'en' {
  if (setting !== 'auto') return setting;
  const first = languages[0]?.toLowerCase() ?? '';
  return first === '' || first.startsWith('zh') ? 'zh' : 'en';
}

export type LookUpProduct = (query: { site: string; itemId: string }) => Promise<ProductLookup & { verdict?: Verdict | null }>;

/** Hosts are compared without a leading www., so hiding it on shop.example hides it on www.shop.example. */
export function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export async function panelView(lookUp: LookUpProduct, settings: PanelSettings, query: { site: string; itemId: string; host: string }): Promise<PanelView> {
  const hidden = await settings.dismissedPanelSites();
  if (hidden.includes(siteOf(query.host))) return { status: 'hidden' };
  const found = await lookUp({ site: query.site, itemId: query.itemId });
  if (found.status !== 'found') return { status: 'not-seen' };
  const verdict = found.verdict ?? (found.view as { verdict?: Verdict | null }).verdict ?? null;
  const ids = new Set(found.view.traps.map((t) => t.evidence.event).filter((id): id is string => typeof id === 'string'));
  const eventNames: Record<string, { zh: string; en: string }> = {};
  for (const e of await settings.events()) if (ids.has(e.id)) eventNames[e.id] = { zh: e.name, en: e.nameEn };
  return {
    status: 'show',
    lang: panelLang(await settings.language()),
    verdict,
    traps: found.view.traps,
    currency: found.view.snapshot.currency,
    eventNames,
  };
}

export async function dismissPanel(settings: PanelSettings, host: string): Promise<{ ok: true }> {
  const site = siteOf(host);
  const hidden = await settings.dismissedPanelSites();
  if (!hidden.includes(site)) await settings.setDismissedPanelSites([...hidden, site]);
  return { ok: true };
}

/** The messages only the UI needs; one call from the background's start-up. */
export function registerPopupHandlers(lookUp: LookUpProduct, settings: PanelSettings): void {
  onMessage('getPanelView', ({ data }) => panelView(lookUp, settings, data));
  onMessage('dismissPanel', ({ data }) => dismissPanel(settings, data.host));
}
