/**
 * Which product each tab's panel is about. The reader's content script reports a product read
 * (checked against its tab's address); the panel's frame, an extension page inside that tab, then
 * asks for "my tab's product" and never names one, so neither the page nor a forged frame can make
 * a panel show, or hide, another product. Kept in session storage, which content scripts cannot
 * read, so a restarted service worker still knows.
 */
import { browser } from 'wxt/browser';
import type { Site } from '../core/types';
import { productMismatch } from './page-match';
import type { SenderPage } from './senders';

export interface TabProduct {
  site: Site;
  itemId: string;
}

export interface PanelTabs {
  noteRead(page: SenderPage, product: TabProduct): Promise<void>;
  /** The product last read in the tab, while the tab still shows it. */
  productOf(tab: { id?: number; url?: string } | undefined): Promise<TabProduct | null>;
}

const keyOf = (tabId: number) => `panelTab:${tabId}`;

export function sessionPanelTabs(): PanelTabs {
  return {
    async noteRead(page, product) {
      await browser.storage.session.set({ [keyOf(page.tabId)]: { site: product.site, itemId: product.itemId } });
    },
    async productOf(tab) {
      if (tab?.id === undefined || !tab.url) return null;
      const key = keyOf(tab.id);
      const stored = (await browser.storage.session.get(key))[key] as TabProduct | undefined;
      if (!stored) return null;
      let url: URL;
      try {
        url = new URL(tab.url);
      } catch {
        return null;
      }
      return productMismatch(stored, url) === null ? stored : null;
    },
  };
}
