import type { Lang } from '../core/lang';
import type { PageReportDraft } from '../core/page-report';
import type { ReadingQuality } from '../core/reading-quality';
import type { Trap, Undetermined, Verdict } from '../core/types';
import type { ProductLookup } from '../core/views';

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
  /** Popup -> background: what the store knows about the product in this tab or at this key. */
  getProductView(query: { url: string } | { site: string; itemId: string }): ProductLookup;
  /**
   * The panel's frame -> background: the verdict and traps for the product last read in the
   * frame's tab, unless the panel is hidden on its site. The product is the background's record
   * of that tab, never what the frame or the page says.
   */
  getPanelView(): PanelView;
  /** The panel's frame -> background: hide the panel on its tab's site (JD, Taobao, ...) from now on. */
  dismissPanel(): { ok: true };
  /** Popup -> the product page's content script: "report this page" (null before the page was read). */
  buildPageReport(): PageReportDraft | null;
}
