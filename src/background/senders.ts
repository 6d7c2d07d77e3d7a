/**
 * Who may ask the background what. Every extension context hears `runtime.sendMessage`, content
 * scripts included, and a content script runs beside the shop's own scripts: so the store-wide
 * messages answer only the extension's own pages, and the content-script messages only a top
 * frame of a tab whose address is the page the message is about.
 */
import { browser } from 'wxt/browser';
import { contentMessaging, type ContentScriptMessages } from '../messaging/content-messages';
import { onMessage, type ProtocolMap } from '../messaging/protocol';
import { contentScriptPage, isExtensionPage, originOf, type Sender, type SenderPage } from './sender-checks';

export type { Sender, SenderPage };

/** The browser's MessageSender, as far as the checks read it. */
const senderOf = (message: { sender: unknown }): Sender => message.sender as Sender;

const refusal = (type: string) => new Error(`${type}: refused, the sender may not ask this`);

type Data<M, K extends keyof M> = M[K] extends (arg: infer A) => unknown ? A : undefined;
type Answer<M, K extends keyof M> = M[K] extends (...args: never[]) => infer R ? R : never;

/** Answers `type` only for the extension's own pages; any other sender gets an error, nothing else. */
export function onExtensionPageMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: (data: Data<ProtocolMap, K>, sender: Sender) => Answer<ProtocolMap, K> | Promise<Answer<ProtocolMap, K>>,
): void {
  const id = browser.runtime.id;
  const origin = originOf(browser.runtime.getURL('/'));
  onMessage(type, (message) => {
    if (!isExtensionPage(senderOf(message), id, origin)) throw refusal(type);
    return handler(message.data as Data<ProtocolMap, K>, senderOf(message)) as never;
  });
}

/**
 * Answers `type` only for a content script in a tab's top frame; the handler gets that page and
 * checks the message is about it.
 */
export function onContentScriptMessage<K extends keyof ContentScriptMessages>(
  type: K,
  handler: (data: unknown, page: SenderPage) => Answer<ContentScriptMessages, K> | Promise<Answer<ContentScriptMessages, K>>,
): void {
  const id = browser.runtime.id;
  contentMessaging.onMessage(type, (message) => {
    const page = contentScriptPage(senderOf(message), id);
    if (!page) throw refusal(type);
    return handler(message.data, page) as never;
  });
}
