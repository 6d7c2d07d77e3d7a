import type { Lang } from '../core/lang';
import type { PageReport } from '../core/page-report';
import type { ReadingQuality } from '../core/reading-quality';
import type { ProductSnapshot, Site, Trap, Undetermined, Verdict } from '../core/types';
import type { IngestResult, ProductLookup } from '../core/views';

/** What the in-page panel shows on a product page, or that the shopper hid it on this site. */
export type PanelView =
  | { status: 'hidden' }
  | { status: 'not-seen' }
  | {
      status: 'show';
      lang: Lang;
      verdict: Verdict;
      traps: Trap[];
      /** Rules that could not judge: quiet lines, never counted on the badge. */
      undetermined: Undetermined[];
      /** When not confident, the panel shows what could not be read instead of a verdict. */
      quality: ReadingQuality;
      currency: string;
      /** Names of the promo events the traps' evidence refers to by id. */
      eventNames: Record<string, { zh: string; en: string }>;
    };

export interface ProductMessages {
  /** Content script -> background: a product page was read. */
  ingestSnapshot(snapshot: ProductSnapshot): IngestResult;
  /** Popup -> background: what the store knows about the product in this tab or at this key. */
  getProductView(query: { url: string } | { site: string; itemId: string }): ProductLookup;
  /** Panel -> background: the verdict and traps for the page, unless the panel is hidden on its site. */
  getPanelView(query: { site: Site; itemId: string }): PanelView;
  /** Panel -> background: hide the panel on this site (JD, Taobao, ...) from now on, kept in the settings. */
  dismissPanel(query: { site: Site }): { ok: true };
  /** Popup -> the product page's content script: "report this page" (null before the page was read). */
  buildPageReport(): PageReport | null;
}
