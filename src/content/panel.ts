import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Site } from '../core/types';
import type { PanelView } from '../messaging/product-messages';
import { sendMessage } from '../messaging/protocol';
import baseCss from '../ui/base.css?inline';
import { findBuyButtonRects } from '../ui/panel/buy-buttons';
import { pageScheme } from '../ui/panel/page-scheme';
import panelCss from '../ui/panel/panel.css?inline';
import { PanelController } from '../ui/panel/PanelController';
import { themeCss } from '../ui/theme';
import { browser } from 'wxt/browser';
import { now } from '../core/clock';
import { pageReportFileName } from '../core/page-report';
import { downloadReport } from '../ui/download-report';
import { pageReportOf } from './page-report';
import { lastReadSnapshot, type ProductRef } from './product-read-bus';

export interface ProductPanel {
  /** Shows (or refreshes) the panel for the product just read and stored. */
  show(product: ProductRef): Promise<void>;
}

/**
 * The in-page panel on a product page, in a shadow root so the shop's styles and ours never mix.
 * The verdict comes from the background by message: a content script never opens the store.
 */
/** Saves the report of this page (the panel is on it): scrubbed HTML, the reading, the version. */
async function reportPage(): Promise<string> {
  const snapshot = lastReadSnapshot();
  if (!snapshot) throw new Error('the page has not been read yet');
  const report = pageReportOf(document, snapshot, browser.runtime.getManifest().version, now().toISOString());
  const file = pageReportFileName(snapshot, report.savedAt);
  downloadReport(document, report, file);
  return file;
}

export function createProductPanel(ctx: ContentScriptContext): ProductPanel {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let hidden = false;

  const remove = () => {
    ui?.remove();
    ui = null;
  };

  const dismiss = async (site: Site) => {
    hidden = true;
    remove();
    try {
      await sendMessage('dismissPanel', { site });
    } catch (error) {
      // Hidden for this visit already; it comes back next visit if the setting could not be saved.
      console.warn('[返场雷达] could not remember the hidden panel:', error);
    }
  };

  const draw = (view: Extract<PanelView, { status: 'show' }>, site: Site) => {
    if (!ui) return;
    render(
      h(PanelController, {
        content: {
          verdict: view.verdict,
          traps: view.traps,
          undetermined: view.undetermined,
          quality: view.quality,
          currency: view.currency,
          lang: view.lang,
          eventNames: view.eventNames,
        },
        scheme: pageScheme(document, window),
        findButtons: () => findBuyButtonRects(document),
        onDismiss: () => void dismiss(site),
        onReport: reportPage,
      }),
      ui.uiContainer,
    );
  };

  return {
    async show(product) {
      if (hidden || ctx.isInvalid) return;
      let view: PanelView;
      try {
        view = await sendMessage('getPanelView', { site: product.site, itemId: product.itemId });
      } catch (error) {
        console.warn('[返场雷达] background unavailable for the panel:', error);
        return;
      }
      if (view.status === 'hidden') {
        hidden = true;
        return remove();
      }
      if (view.status !== 'show') return;
      if (!ui) {
        ui = await createShadowRootUi(ctx, {
          name: 'fanchang-radar-panel',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          css: `${themeCss('.panel-root')}\n${baseCss}\n${panelCss}`,
          // Keys typed in the panel stay in the panel: shops bind shortcuts on the document.
          isolateEvents: true,
          onMount: () => {},
          onRemove: () => {
            if (ui) render(null, ui.uiContainer);
          },
        });
        ui.mount();
      }
      draw(view, product.site);
    },
  };
}
