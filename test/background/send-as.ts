import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../../src/background/sender-checks';

/** The popup, as the browser names it to the background. */
export const popupSender = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** A content script in a tab's top frame showing `url`. */
export const contentScriptSender = (url: string, tabId = 7): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId, url },
});

/**
 * A message as @webext-core/messaging sends it, from `sender` (the fake browser's own
 * `sendMessage` names no sender); answers with what the background's listener answered.
 */
export async function sendAs<T>(sender: Sender, type: string, data?: unknown): Promise<T> {
  let respond: (value: unknown) => void = () => {};
  const response = new Promise((resolve) => (respond = resolve));
  // The messaging layer's own stamp, never read as the time of anything.
  const message = { id: Math.random(), type, data, timestamp: 0 };
  // The fake's types want a whole tab; the background reads only the fields a Sender has.
  const handled: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, respond);
  if (!handled.some((r) => r === true)) throw new Error(`no listener answered ${type}`);
  const answer = (await response) as { res?: T; err?: unknown };
  if (answer?.err) throw new Error(JSON.stringify(answer.err));
  return answer.res as T;
}
