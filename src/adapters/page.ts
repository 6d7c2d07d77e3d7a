import { inForeignModule, ownModuleText } from './foreign-modules';
import { assignedValueInSteps } from './state-assignment';
import { runSteps, type Steps } from './steps';
import { boundRuns, MAX_TEXT } from '../parse/bounded-runs';
import type { JsValue } from './js-literal';

/**
 * Targeted reads of the page: a selector, a class prefix, or the one inline script that holds a
 * marker. Nothing here scans the whole document's text; shop pages run to megabytes.
 */

export type Selectors = string | readonly string[];

/** Collapsed, trimmed text of an element, or null when it has none. */
export function textOf(el: Element | null | undefined): string | null {
  const raw = el?.textContent;
  if (!raw) return null;
  // No region a reader uses is longer; a page can make one megabytes long.
  const t = raw
    .slice(0, MAX_TEXT)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
  return t ? t : null;
}

/** Text of the first element, over the selectors in order, that has any. */
export function textAt(root: ParentNode, selectors: Selectors): string | null {
  for (const sel of typeof selectors === 'string' ? [selectors] : selectors) {
    const t = textOf(safeQuery(root, sel));
    if (t) return t;
  }
  return null;
}

/** A non-empty attribute of the first matching element, over the selectors in order. */
export function attrAt(root: ParentNode, selectors: Selectors, attr: string): string | null {
  for (const sel of typeof selectors === 'string' ? [selectors] : selectors) {
    const v = safeQuery(root, sel)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return null;
}

/** Texts of every element matched by the selectors, at most `limit` of them. */
export function textsAt(root: ParentNode, selectors: Selectors, limit = 200): string[] {
  const out: string[] = [];
  // One combined query walks the document once, in document order.
  const combined = typeof selectors === 'string' ? selectors : selectors.join(', ');
  for (const el of safeQueryAll(root, combined)) {
    const t = textOf(el);
    if (t) out.push(t);
    if (out.length >= limit) return out;
  }
  return out;
}

/**
 * A selector for elements whose class starts with a prefix: current Taobao/Tmall pages hash their
 * CSS module names (`Price--priceText--2nLbVda`), and only the prefix survives a redeploy.
 */
export function classPrefix(prefix: string): string {
  return `[class^="${prefix}"], [class*=" ${prefix}"]`;
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Texts of the inline (no src) scripts that contain `marker`. */
export function scriptsContaining(doc: Document, marker: string): string[] {
  const out: string[] = [];
  // getElementsByTagName is a live collection the browser keeps ready: cheaper than a selector.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (script.hasAttribute('src')) continue;
    const body = script.textContent;
    if (body && body.includes(marker)) out.push(body);
  }
  return out;
}

/**
 * The literal a page assigns after `marker` in its inline scripts: the last one that closed
 * properly, because pages re-assign state (`window._itemInfo` twice) and truncated saves exist.
 */
export function assignedLiteral(doc: Document, marker: string): JsValue | undefined {
  return runSteps(assignedLiteralInSteps(doc, marker));
}

/** `assignedLiteral`, pausing within long literals (js-literal.ts). */
export function* assignedLiteralInSteps(doc: Document, marker: string): Steps<JsValue | undefined> {
  const name = /^window\.(.+)$/.exec(marker)?.[1];
  // `window["X"]` holds the name but not `window.X`: look for the bare name, match the spellings.
  const scripts = scriptsContaining(doc, name ?? marker);
  for (let i = scripts.length - 1; i >= 0; i--) {
    const value = yield* assignedValueInSteps(scripts[i]!, marker);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The `<meta property|name=...>` content, e.g. og:image. */
export function metaContent(doc: Document, key: string): string | null {
  return attrAt(doc, [`meta[property="${key}"]`, `meta[name="${key}"]`], 'content');
}

/**
 * Text of a set of page regions (buy box, promotions, service promises), capped in length. A
 * region inside a recommendation, review or shop module is skipped, and so are such modules
 * nested in a region: their words (瑕疵, 清仓, 仅剩1件) are about other products or buyers. Runs
 * no real text has (20,000 digits) are folded first, so they cannot push the real phrases out.
 */
export function regionText(root: ParentNode, selectors: Selectors, maxChars = 20_000): string {
  const combined = typeof selectors === 'string' ? selectors : selectors.join(', ');
  const cache = new Map<Element, boolean>();
  const parts: string[] = [];
  let length = 0;
  for (const el of safeQueryAll(root, combined).slice(0, 100)) {
    if (length >= maxChars) break;
    // A region nested in one already read would be read twice.
    if (parts.length > 0 && el.parentElement?.closest(combined)) continue;
    if (inForeignModule(el, cache, 'text')) continue;
    // Read past the budget before folding: the junk shrinks, and what follows it comes into reach.
    const t = boundRuns(ownModuleText(el, MAX_TEXT)).slice(0, maxChars - length);
    if (!t) continue;
    parts.push(t);
    length += t.length + 1;
  }
  return parts.join('\n').slice(0, maxChars);
}

/** Elements whose text a page never shows. */
const HIDDEN_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text under `root`, text node by text node in document order, up to `max` characters (the
 * last node cut to fit): `complete` says whether that was all of it. Walked by hand, stopping at
 * `max`, so a megabyte of text or 100,000 cells cost no more than what is kept (the DOM stand-ins
 * the tests use have no TreeWalker). `shownOnly` leaves out script, style and template text.
 */
export function textUpTo(root: Node | null | undefined, max: number, { shownOnly = false } = {}): { text: string; complete: boolean } {
  const parts: string[] = [];
  let length = 0;
  for (let n: Node | null = root?.firstChild ?? null; n && n !== root;) {
    if (n.nodeType === 3) {
      const value = n.nodeValue ?? '';
      if (length + value.length > max) {
        parts.push(value.slice(0, max - length));
        return { text: parts.join(''), complete: false };
      }
      parts.push(value);
      length += value.length;
    }
    const hidden = shownOnly && n.nodeType === 1 && HIDDEN_TEXT_TAGS.has((n as Element).tagName);
    if (n.firstChild && !hidden) n = n.firstChild;
    else {
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = n && n !== root ? n.nextSibling : null;
    }
  }
  return { text: parts.join(''), complete: true };
}
