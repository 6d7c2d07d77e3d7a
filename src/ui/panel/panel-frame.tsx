import { render } from 'preact';
import { browser } from 'wxt/browser';
import { saveReport } from '../download-report';
import type { PanelView } from '../../messaging/product-messages';
import { sendMessage } from '../../messaging/protocol';
import { themeCss, type Scheme } from '../theme';
import { readHostMessage, type FrameMessage, type Side } from './frame-messages';
import { PanelController } from './PanelController';

/**
 * The panel's frame: an extension page the content script puts on the shop's page. Being on the
 * extension's origin, nothing on the page can read or click what it shows. It asks the background
 * for its tab's product (never naming one), and tells the content script only its size.
 */
export function startPanelFrame(container: HTMLElement, win: Window = window): void {
  const style = win.document.createElement('style');
  style.textContent = themeCss('.panel-root');
  win.document.head.append(style);
  // The page's scheme, read by the content script from the page (nothing of the shopper's).
  const scheme: Scheme = new URLSearchParams(win.location.hash.slice(1)).get('scheme') === 'dark' ? 'dark' : 'light';
  let side: Side = 'right';
  let view: Extract<PanelView, { status: 'show' }> | null = null;

  const tell = (message: FrameMessage) => win.parent.postMessage(message, '*');

  const draw = () => {
    if (!view) return;
    render(
      <PanelController
        content={{
          verdict: view.verdict,
          traps: view.traps,
          undetermined: view.undetermined,
          quality: view.quality,
          currency: view.currency,
          lang: view.lang,
          eventNames: view.eventNames,
        }}
        scheme={scheme}
        side={side}
        onResize={({ width, height }) => tell({ fanchangPanel: 'size', width, height })}
        onDismiss={() => void dismiss()}
        onReport={report}
      />,
      container,
    );
  };

  const load = async () => {
    let next: PanelView;
    try {
      next = await sendMessage('getPanelView', undefined);
    } catch (error) {
      console.warn('[返场雷达] background unavailable for the panel:', error);
      return;
    }
    if (next.status === 'hidden') return tell({ fanchangPanel: 'close' });
    if (next.status !== 'show') return;
    view = next;
    draw();
  };

  // The tab's reader builds the report (it has the page); the frame saves it, as the popup does.
  const report = async (): Promise<string> => {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('no tab');
    const built = await sendMessage('buildPageReport', undefined, tab.id);
    if (!built) throw new Error('the page has not been read yet');
    return saveReport(win.document, built);
  };

  const dismiss = async () => {
    try {
      await sendMessage('dismissPanel', undefined);
    } catch (error) {
      // Hidden for this visit anyway; it comes back next visit if the setting could not be saved.
      console.warn('[返场雷达] could not remember the hidden panel:', error);
    }
    tell({ fanchangPanel: 'close' });
  };

  win.addEventListener('message', (event) => {
    if (event.source !== win.parent) return;
    const message = readHostMessage(event.data);
    if (message?.fanchangPanel === 'refresh') void load();
    else if (message?.fanchangPanel === 'side' && message.side !== side) {
      side = message.side;
      draw();
    }
  });
  void load();
}
