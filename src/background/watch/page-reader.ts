/**
 * Where fetched HTML is parsed. Firefox runs the background as a page with DOMParser, so it parses
 * in place; Chromium's service worker has none, so it hands the HTML to an offscreen document
 * (reason DOM_PARSER) that runs the same adapters. Callers only see `PageReader`.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_PATH, offscreenMessaging } from './offscreen-protocol';
import { readProductHtml, type HtmlParser, type ReadInput, type ReadResult } from './read-html';

export interface PageReader {
  read(input: ReadInput): Promise<ReadResult>;
  /** Frees what reading holds (the offscreen document) once a round of checks is over. */
  release(): Promise<void>;
}

/** Parses in this context with the parser given (the global DOMParser where there is one). */
export function inPlaceReader(parser: HtmlParser): PageReader {
  return {
    read: async (input) => readProductHtml(parser, input),
    release: async () => {},
  };
}

/** Parses in an offscreen document, created on first use and closed on release. */
export function offscreenReader(): PageReader {
  // One promise for "the document is there and listening", shared by every read in flight: two
  // reads starting together must not both create it (only one may exist), nor one send before
  // the other's document has loaded.
  let ready: Promise<void> | null = null;

  async function hasDocument(): Promise<boolean> {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
    });
    return contexts.length > 0;
  }

  function ensureDocument(): Promise<void> {
    ready ??= (async () => {
      if (await hasDocument()) return;
      await browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER'],
        justification: 'Read product pages fetched by restock and price checks with the same adapters as the product page.',
      });
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  return {
    async read(input) {
      await ensureDocument();
      return offscreenMessaging.sendMessage('readProductHtml', input);
    },
    async release() {
      const wasReady = ready;
      ready = null;
      if (wasReady) await wasReady.catch(() => {});
      if (await hasDocument()) await browser.offscreen.closeDocument();
    },
  };
}

export function readerForThisBrowser(): PageReader {
  return typeof DOMParser === 'function' ? inPlaceReader(new DOMParser()) : offscreenReader();
}
