import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findBuyButtonRects } from '../ui/panel/buy-buttons';
import { FRAME_PADDING, readFrameMessage, type HostMessage, type Side } from '../ui/panel/frame-messages';
import { pageScheme } from '../ui/panel/page-scheme';
import { placePanel, visibleRects, type Rect } from '../ui/panel/placement';
import { nextTask } from './wait-for';

export interface ProductPanel {
  /** Shows (or refreshes) the panel for the product just read and stored. */
  show(): void;
}

/** Distance from the screen edge, as placement.ts keeps it. */
const EDGE_MARGIN = 12;
/** Re-placing on scroll is throttled: sticky buy bars move, but not every frame needs a check. */
const REPLACE_EVERY_MS = 250;
/** The frame page (entrypoints/verdict-panel/), web-accessible so a shop page may show it. */
const FRAME_PATH = '/verdict-panel.html';

/**
 * The in-page panel on a product page. What it shows lives in a frame on the extension's origin,
 * so the shop's scripts can neither read nor click it; this content script keeps only the frame's
 * host element (in a closed shadow root, so the page cannot swap the frame) and where it goes:
 * against a screen edge, clear of the shop's buy buttons.
 */
export function createProductPanel(ctx: ContentScriptContext): ProductPanel {
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let size: { width: number; height: number } | null = null;
  let side: Side = 'right';
  let closed = false;
  const frameOrigin = new URL(browser.runtime.getURL('/')).origin;

  const tellFrame = (message: HostMessage) => frame?.contentWindow?.postMessage(message, frameOrigin);

  const remove = () => {
    host?.remove();
    host = frame = null;
    size = null;
  };

  /** The buy buttons as last found (viewport coordinates): a new size is placed against them at once. */
  let buttons: Rect[] | null = null;
  const applyPlace = () => {
    if (!host || !size || !buttons) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const panel = { width: size.width - 2 * FRAME_PADDING, height: size.height - 2 * FRAME_PADDING };
    const at = placePanel(viewport, panel, visibleRects(buttons, viewport));
    const offset = `${EDGE_MARGIN - FRAME_PADDING}px`;
    host.style.setProperty('top', `${at.top - FRAME_PADDING}px`, 'important');
    host.style.setProperty(at.side, offset, 'important');
    host.style.setProperty(at.side === 'right' ? 'left' : 'right', 'auto', 'important');
    host.style.setProperty('width', `${size.width}px`, 'important');
    host.style.setProperty('height', `${size.height}px`, 'important');
    host.style.setProperty('visibility', 'visible', 'important');
    if (at.side !== side) tellFrame({ fanchangPanel: 'side', side: (side = at.side) });
  };
  // Finding the buy buttons spans tasks: a panel that grows is placed at once against the buttons
  // found before, then again against the buttons found now; only the latest search counts.
  let placing = 0;
  const place = async () => {
    if (!host || !size) return;
    applyPlace();
    const turn = ++placing;
    const found = await findBuyButtonRects(document, nextTask);
    if (turn !== placing) return;
    buttons = found;
    applyPlace();
  };

  const create = () => {
    host = document.createElement('fanchang-radar-panel');
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: 'closed' });
    frame = document.createElement('iframe');
    frame.src = `${browser.runtime.getURL(FRAME_PATH)}#scheme=${pageScheme(document, window)}`;
    frame.title = '返场雷达';
    frame.setAttribute('style', 'border:0;width:100%;height:100%;display:block;background:transparent;color-scheme:normal');
    document.documentElement.append(host);
    // Creating the frame is native work of 3-30 ms (more on a busy machine), and reading the page's
    // colours above recalculates its style: each in a task of its own.
    const placed = frame;
    setTimeout(() => {
      if (placed === frame && host?.isConnected) root.append(placed);
    }, 0);
  };

  // Only the frame's own window speaks for the frame: the page cannot send from it.
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow) return;
    const message = readFrameMessage(event.data);
    if (message?.fanchangPanel === 'close') {
      closed = true;
      remove();
    } else if (message?.fanchangPanel === 'size') {
      size = { width: message.width, height: message.height };
      void place();
    }
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(() => ((timer = undefined), void place()), REPLACE_EVERY_MS);
  };
  ctx.addEventListener(window, 'scroll', schedule, { passive: true });
  ctx.addEventListener(window, 'resize', schedule);
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    remove();
  });

  return {
    show() {
      if (closed || ctx.isInvalid) return;
      if (!host?.isConnected) {
        remove();
        create();
      } else tellFrame({ fanchangPanel: 'refresh' });
    },
  };
}

/** The host is placed by `place`; until the frame says its size it takes no room and shows nothing. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  'z-index': '2147483000',
  width: '0',
  height: '0',
  visibility: 'hidden',
  display: 'block',
};
