/**
 * Reads fetched product HTML with the same adapters the content scripts use. Pure: the caller
 * brings a DOMParser (the Firefox background page's own, the offscreen document's, or linkedom's
 * in tests), so this runs wherever a DOM parser exists.
 */
import { adapterForUrl, extractWith } from '../../adapters';
import type { ProductSnapshot } from '../../core/types';

export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

export interface ReadInput {
  html: string;
  url: string;
  /** ISO capture time. */
  now: string;
}

export type ReadResult = { ok: true; snapshot: ProductSnapshot } | { ok: false; error: string };

export function readProductHtml(parser: HtmlParser, input: ReadInput): ReadResult {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { ok: false, error: `not a URL: ${input.url}` };
  }
  const adapter = adapterForUrl(url);
  if (!adapter) return { ok: false, error: `no adapter reads ${url.hostname}${url.pathname}` };
  let doc: Document;
  try {
    doc = parser.parseFromString(input.html, 'text/html');
  } catch (error) {
    return { ok: false, error: `could not parse the page: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, snapshot: extractWith(adapter, { doc, url, now: new Date(input.now) }) };
}
