/**
 * Who sent a message, from the browser's own account of it (`runtime.MessageSender`, which a
 * page cannot forge): an extension page, or a content script in a tab's top frame.
 */
/** The parts of `runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** A content script's page: the tab it runs in and that tab's address. */
export interface SenderPage {
  tabId: number;
  url: URL;
}

/** Scheme and host: `URL.origin` is 'null' for extension schemes outside browsers. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** The popup, the options page, the panel's frame: a page served from the extension's own origin. */
export function isExtensionPage(sender: Sender, extensionId: string, extensionOrigin: string | null): boolean {
  if (!extensionOrigin) return false;
  return sender.id === extensionId && originOf(sender.url) === extensionOrigin;
}

/** A content script in the top frame of a web tab, with that frame's address. */
export function contentScriptPage(sender: Sender, extensionId: string): SenderPage | null {
  if (sender.id !== extensionId || sender.frameId !== 0 || sender.tab?.id === undefined || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? { tabId: sender.tab.id, url } : null;
}
