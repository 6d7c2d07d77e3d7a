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
  let opening: Promise<void> | null = null;

  async function hasDocument(): Promise<boolean> {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
    });
    return contexts.length > 0;
  }

  async function ensureDocument(): Promise<void> {
    if (await hasDocument()) return;
    // Two checks starting together must not both create it: only one offscreen document may exist.
    opening ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER'],
        justification: 'Read product pages fetched by restock and price checks with the same adapters as the product page.',
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  }

  return {
    async read(input) {
      await ensureDocument();
      return offscreenMessaging.sendMessage('readProductHtml', input);
    },
    async release() {
      if (opening) await opening;
      if (await hasDocument()) await browser.offscreen.closeDocument();
    },
  };
}

export function readerForThisBrowser(): PageReader {
  return typeof DOMParser === 'function' ? inPlaceReader(new DOMParser()) : offscreenReader();
}
