import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a newer copy of it announces itself (after an extension update)
 * with a DOM event on `document`, an event the shop's page can dispatch too once it knows the
 * extension's id, which is public for a store extension. A genuine announcement reaches only a
 * copy whose extension context is gone (`runtime.id` is undefined there); while this copy is
 * still connected, the announcement is forged, and it stops here, before WXT's own listener.
 */
export function keepForgedStopsOut(ctx: ContentScriptContext): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof type !== 'string') return;
  // Capture listeners at the target run before WXT's (non-capture) one.
  document.addEventListener(
    type,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
