import { parsePrice, type ParsedPrice } from '../parse';
import { classAndId, FOREIGN_TAGS, inForeignModule } from './foreign-modules';
import { safeQueryAll, textOf, textUpTo, type Selectors } from './page';
import { runSteps, type Steps } from './steps';

/**
 * The generic reader for any layout: the price a shopper sees, found the way a shopper finds it.
 * The main price is the price-like text nearest the product's title and buy button, outside
 * recommendation, review, shop and navigation modules; the list price is a struck-through or
 * 原价/UVP-labelled price beside it. Adapters use it when their structured sources fail, and to
 * check that a structured price is one the page shows.
 */

export interface ShownPrices {
  /** The prominent price near the title and buy button. */
  price: ParsedPrice | null;
  /** A struck-through or labelled former price beside it, above it. */
  listPrice: number | null;
  /** Every amount in the product's own price area; empty when the page rendered no price there. */
  areaAmounts: number[];
}

export interface ShownPriceHints {
  /** The product's title as read elsewhere, to find its element. */
  title?: string | null;
  /** A price read from structured data: the area that shows it is the price area. */
  knownPrice?: number | null;
  /** Only amounts in this currency (or with no mark at all) count. */
  currency?: string;
  /** Where the site's own markup puts the product's title or price: the reading starts there. */
  near?: Selectors;
}

/** Former-price markup and wording. */
const STRUCK_TAGS = new Set(['DEL', 'S', 'STRIKE']);
const STRUCK_CLASS =
  /line-?through|strike|origin|old-?(price|amount)|oldprice|oldAmount|was-?price|list-?price|market-?price|regular-?price|compare|crossed|\bdel\b|before-?price|rrp|uvp|msrp|hx-?price|extraPrice/i;
const LIST_LABEL =
  /原价|优惠前|原價|划线价|劃線價|吊牌价|吊牌價|参考价|參考價|市场价|市場價|专柜价|專櫃價|门市价|門市價|定价|定價|建议零售价|\bwas\b|\buvp\b|\brrp\b|\bmsrp\b|\bstatt\b|list\s*price|reg(ular)?\.?\s*price|compare\s*at|prix\s*barré|\bavant\b/i;
const PRICE_HINT = /price|amount|preis|prix|prezzo|precio|money|cost|jiage/i;
const PROMINENT_HINT = /current|sale|now|final|promo|highlight|main|big|large|reduced|special|deal|actual|realprice/i;
const BUY_TEXT =
  /加入购物车|加入購物車|立即购买|立即購買|马上购买|馬上購買|立即抢购|去购买|领券购买|add\s*to\s*(cart|bag|basket)|buy\s*(it\s*)?now|in\s*den\s*warenkorb|ajouter\s*au\s*panier|aggiungi\s*al\s*carrello|añadir\s*a\s*la\s*cesta|kaufen/i;
const CURRENCY_MARK = /[¥￥$€£₩₹₽]|元|RMB|CNY|USD|EUR|GBP|TWD|HKD/i;

/** Elements scanned at most: pages run to tens of thousands; the buy box is near the top. */
const MAX_ELEMENTS = 12_000;
/**
 * Elements read between two pauses: a few milliseconds of work once compiled, but the first parts
 * of a page's first reading run uncompiled, ten times slower.
 */
const PART = 400;
/** Child nodes of one element looked at for its own text. */
const OWN_TEXT_NODES = 64;
/**
 * The first look covers this many elements before the first landmark (the title, the site's price)
 * and after it: a buy box is a few hundred elements. Only when the prices found there do not
 * settle the question is the whole page read, so a typical page costs a small part of its DOM.
 */
const WINDOW_BEFORE = 300;
const WINDOW_AFTER = 900;
/** Landmarks any product page may have, besides the site's own. */
const GENERIC_LANDMARKS = 'h1, [itemprop="name"], [itemprop="price"]';

interface Candidate {
  el: Element;
  index: number;
  text: string;
  parsed: ParsedPrice;
  struck: boolean;
}

/**
 * Text of the element's own text nodes, without its children's, up to `max` characters (longer
 * comes back cut, which no price fits). A price's element has a few children; past OWN_TEXT_NODES
 * children the rest is not read, so a container of 100,000 cells costs no more than a label.
 */
function ownText(el: Element, max = 64): string {
  let t = '';
  let seen = 0;
  // Raw text may be mostly blanks around the number: bound it more loosely than the trimmed text.
  for (let n = el.firstChild; n && seen < OWN_TEXT_NODES && t.length <= max * 4 + 64; n = n.nextSibling, seen++)
    if (n.nodeType === 3) t += n.nodeValue ?? '';
  return t.trim().slice(0, max + 1);
}

/**
 * The element's text with blanks folded, or null when it is empty or longer than `max`: read
 * node by node and given up past `max`, so a container of megabytes costs no more than a label.
 */
function shortText(el: Element, max: number): string | null {
  // Blanks fold to one, so the raw text may run longer than the folded one: read a few times `max`.
  const { text, complete } = textUpTo(el, max * 4 + 64);
  if (!complete) return null;
  const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  return t && t.length <= max ? t : null;
}

function isStruck(el: Element): boolean {
  for (let p: Element | null = el, depth = 0; p && depth < 3; p = p.parentElement, depth++) {
    if (STRUCK_TAGS.has(p.tagName)) return true;
    if (/line-through/i.test(p.getAttribute('style') ?? '')) return true;
    if (STRUCK_CLASS.test(classAndId(p))) return true;
    const before = labelBefore(p);
    if (before && LIST_LABEL.test(before)) return true;
  }
  return false;
}

/** The short text right before an element: a label such as 原价 or UVP (a text node or a leaf). */
function labelBefore(el: Element): string | null {
  const n = el.previousSibling;
  if (!n) return null;
  const prev = n.nodeType === 3 && !(n.nodeValue ?? '').trim() ? n.previousSibling : n;
  if (!prev) return null;
  if (prev.nodeType === 3) return (prev.nodeValue ?? '').trim().slice(-24) || null;
  if (prev.nodeType !== 1 || (prev as Element).childElementCount > 1) return null;
  return (prev.textContent ?? '').trim().slice(-24) || null;
}

/**
 * The element carrying a price's full text: its own text has a digit, and it or a short parent
 * has a currency mark (`€ <span>119,01</span>` is read from the parent).
 */
function priceTextOf(el: Element, parentTexts: Map<Element, string | null>): { host: Element; text: string } | null {
  const own = ownText(el);
  if (!/\d/.test(own) || own.length > 40) return null;
  const text = shortText(el, 40);
  if (!text) return null;
  if (CURRENCY_MARK.test(text)) return { host: el, text };
  const parent = el.parentElement;
  // Siblings share a parent: a row of 100,000 cells is walked once, not once per cell.
  let parentText: string | null = null;
  if (parent) {
    if (!parentTexts.has(parent)) parentTexts.set(parent, shortText(parent, 40));
    parentText = parentTexts.get(parent)!;
  }
  // The parent lends its mark only when the number is its only number (not "590优惠前￥690").
  if (parent && parentText && CURRENCY_MARK.test(parentText) && !/\d/.test(parentText.replace(text, ''))) {
    return { host: parent, text: parentText };
  }
  // A bare number counts only where the markup says it is a price.
  if (PRICE_HINT.test(classAndId(el)) || el.getAttribute('itemprop') === 'price') return { host: el, text };
  return null;
}

function acceptsCurrency(parsed: ParsedPrice, text: string, currency: string | undefined): boolean {
  if (!currency || !CURRENCY_MARK.test(text)) return true;
  // "$" is any dollar (NT$, HK$, US$ pages often write it bare).
  if (/^\s*\$|\$\s*$|\$\s*\d/.test(text) && /USD|TWD|HKD|AUD|CAD|SGD/.test(currency)) return true;
  return parsed.currency === currency;
}

/** Indexes (offset by `offset`) of the title and buy-button elements among `elements`: the landmarks a price stands near. */
function anchorsIn(elements: readonly Element[], offset: number, wanted: string | null, found: number[]): void {
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const tag = el.tagName;
    if (tag === 'H1' || el.getAttribute('itemprop') === 'name') {
      if (!wanted || (shortText(el, 400) ?? '').includes(wanted.slice(0, 12))) found.push(offset + i);
      continue;
    }
    if (tag === 'BUTTON' || tag === 'A' || (tag === 'INPUT' && /submit|button/i.test(el.getAttribute('type') ?? ''))) {
      const label = tag === 'INPUT' ? (el.getAttribute('value') ?? '') : ownText(el) || (shortText(el, 24) ?? '');
      if (label.length <= 24 && BUY_TEXT.test(label)) found.push(offset + i);
    }
  }
}

function distance(index: number, marks: number[]): number {
  let best = Infinity;
  for (const m of marks) best = Math.min(best, Math.abs(index - m));
  return best;
}

/** The element after `el` in document order inside `root`, or null. */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

/** The element before `el` in document order inside `root` (never `root` itself), or null. */
function previousElement(el: Element, root: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement && el.parentElement !== root ? el.parentElement : null;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}

/** Up to `limit` elements in document order from `start` (itself included), never leaving `root`. */
function elementsFrom(root: Element, start: Element | null, limit: number): Element[] {
  const out: Element[] = [];
  for (let n = start; n && out.length < limit; n = nextElement(n, root)) out.push(n);
  return out;
}

/** The element `count` elements before `el` in document order (or the first one inside `root`). */
function elementsBack(root: Element, el: Element, count: number): Element {
  let at = el;
  for (let i = 0; i < count; i++) {
    const prev = previousElement(at, root);
    if (!prev) break;
    at = prev;
  }
  return at;
}

/**
 * The stretch of the page around its first landmark (the site's own title or price element, else
 * a heading or a microdata name or price), or null when it has none to start from. One selector
 * list, one query that stops at the first match: landmarks are near the top of a product page.
 */
function landmarkWindow(root: Element, near: Selectors | undefined): Element[] | null {
  const own = near ? firstMatch(root, typeof near === 'string' ? near : near.join(', ')) : null;
  const first = own ?? firstMatch(root, GENERIC_LANDMARKS);
  return first ? elementsFrom(root, elementsBack(root, first, WINDOW_BEFORE), WINDOW_BEFORE + WINDOW_AFTER) : null;
}

function firstMatch(root: Element, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** The price candidates and landmarks found so far in a pass over the page, read a part at a time. */
interface CandidateScan {
  list: Candidate[];
  marks: number[];
  /** Elements read so far: the next part's first index. */
  count: number;
  readonly hints: ShownPriceHints;
  readonly wanted: string | null;
  readonly parentTexts: Map<Element, string | null>;
  readonly foreign: Map<Element, boolean>;
  readonly hosts: Set<Element>;
}

function newScan(hints: ShownPriceHints): CandidateScan {
  const wanted = hints.title ? hints.title.replace(/\s+/g, ' ').trim().slice(0, 30) : null;
  return { list: [], marks: [], count: 0, hints, wanted, parentTexts: new Map(), foreign: new Map(), hosts: new Set() };
}

/** Reads the next part of the page (the elements after those already read) into the scan. */
function scanPart(scan: CandidateScan, elements: readonly Element[]): void {
  const offset = scan.count;
  scan.count += elements.length;
  anchorsIn(elements, offset, scan.wanted, scan.marks);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    if (FOREIGN_TAGS.has(el.tagName)) continue;
    const found = priceTextOf(el, scan.parentTexts);
    if (!found || scan.hosts.has(found.host)) continue;
    scan.hosts.add(found.host);
    if (inForeignModule(found.host, scan.foreign)) continue;
    const struck = isStruck(el) || isStruck(found.host);
    // "Jetzt 59,00 € statt 89,00 €", "¥199 原价¥299": one element holding both prices.
    const label = struck ? null : LIST_LABEL.exec(found.text);
    const parts: Array<[string, boolean]> =
      label && label.index > 0
        ? [
            [found.text.slice(0, label.index), false],
            [found.text.slice(label.index), true],
          ]
        : [[found.text, struck || label !== null]];
    for (const [text, isList] of parts) {
      const parsed = parsePrice(text);
      if (!parsed || parsed.amount <= 0 || !acceptsCurrency(parsed, text, scan.hints.currency)) continue;
      scan.list.push({ el: found.host, index: offset + i, text, parsed, struck: isList });
    }
  }
}

/** The whole page's pass, up to MAX_ELEMENTS, pausing after every PART elements. */
function* scanPage(root: Element, hints: ShownPriceHints): Steps<CandidateScan> {
  const scan = newScan(hints);
  let next = nextElement(root, root);
  while (next && scan.count < MAX_ELEMENTS) {
    const part: Element[] = [];
    for (const limit = Math.min(PART, MAX_ELEMENTS - scan.count); next && part.length < limit; next = nextElement(next, root))
      part.push(next);
    scanPart(scan, part);
    if (next && scan.count < MAX_ELEMENTS) yield;
  }
  return scan;
}

function score(c: Candidate, marks: number[]): number {
  let s = 0;
  const names = `${classAndId(c.el)} ${classAndId(c.el.parentElement ?? c.el)}`;
  if (PRICE_HINT.test(names) || c.el.getAttribute('itemprop') === 'price') s += 3;
  if (PROMINENT_HINT.test(names)) s += 1;
  if (/^(STRONG|B|EM|H[1-4])$/.test(c.el.tagName)) s += 1;
  if (CURRENCY_MARK.test(c.text)) s += 1;
  if (marks.length > 0) s -= Math.min(distance(c.index, marks), 3000) / 150;
  return s;
}

/** The smallest ancestor (at most 4 levels up) holding the price with a short text: the price area. */
function priceArea(el: Element): Element {
  let area = el;
  for (let p = el.parentElement, depth = 0; p && depth < 4; p = p.parentElement, depth++) {
    if (shortText(p, 200) === null) break;
    area = p;
  }
  return area;
}

/** Every amount the area's text shows, each number read with the marks between it and its neighbours. */
function amountsIn(area: Element, candidates: readonly Candidate[]): number[] {
  const out: number[] = [];
  for (const c of candidates) {
    if (!area.contains(c.el)) continue;
    out.push(c.parsed.amount);
    if (c.parsed.max !== undefined) out.push(c.parsed.max);
  }
  const text = (textOf(area) ?? '').slice(0, 400);
  const numbers = [...text.matchAll(/\d[\d.,]*/g)];
  numbers.forEach((m, i) => {
    const from = i === 0 ? 0 : numbers[i - 1]!.index + numbers[i - 1]![0].length;
    const to = i + 1 < numbers.length ? numbers[i + 1]!.index : text.length;
    const parsed = parsePrice(text.slice(from, to));
    if (parsed) out.push(parsed.amount);
  });
  return [...new Set(out)];
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * Reads the shown main price, list price and the price area's amounts. Never throws on odd markup.
 * The stretch around the page's landmarks is read first; the whole page (up to MAX_ELEMENTS) only
 * when that stretch does not show the known price, or shows no price at all.
 */
export function readShownPrices(doc: Document, hints: ShownPriceHints = {}): ShownPrices {
  return runSteps(readShownPricesInSteps(doc, hints));
}

/** `readShownPrices`, pausing before the whole page's pass and within it. */
export function* readShownPricesInSteps(doc: Document, hints: ShownPriceHints = {}): Steps<ShownPrices> {
  // linkedom's body getter throws on a document without a root element.
  const root = doc.documentElement ? (doc.body ?? doc.documentElement) : null;
  if (!root) return { price: null, listPrice: null, areaAmounts: [] };
  const window = landmarkWindow(root, hints.near);
  if (window) {
    const scan = newScan(hints);
    for (let at = 0; at < window.length; at += PART) {
      yield;
      scanPart(scan, window.slice(at, at + PART));
    }
    const near = shownIn(scan);
    const known = hints.knownPrice;
    if (known != null ? isShown(known, near) : near.price !== null) return near;
    yield;
  }
  return shownIn(yield* scanPage(root, hints));
}

function shownIn({ list, marks, hints }: CandidateScan): ShownPrices {
  const none: ShownPrices = { price: null, listPrice: null, areaAmounts: [] };
  // Without a title or a buy button to stand near, "the prominent price" cannot be told apart
  // from any other price on the page.
  if (list.length === 0 || (marks.length === 0 && hints.knownPrice == null)) return none;
  const plain = list.filter((c) => !c.struck);
  const known = hints.knownPrice;
  const pool =
    known != null ? plain.filter((c) => same(c.parsed.amount, known) || (c.parsed.max !== undefined && same(c.parsed.max, known))) : plain;
  const ranked = (pool.length > 0 ? pool : known != null ? [] : plain)
    .map((c) => ({ c, s: score(c, marks) }))
    .sort((a, b) => b.s - a.s || a.c.index - b.c.index);
  const main = ranked[0]?.c;
  if (!main) {
    // The structured price is not on the page; the page's own prominent price is what it shows.
    const shown = plain.map((c) => ({ c, s: score(c, marks) })).sort((a, b) => b.s - a.s || a.c.index - b.c.index)[0]?.c;
    if (!shown || marks.length === 0 || !shown.el.isConnected) return none;
    return { price: null, listPrice: null, areaAmounts: amountsIn(priceArea(shown.el), list) };
  }
  // The page was read in parts and may have re-rendered meanwhile: a price it has since taken
  // away is not what it shows (the content script reads again when the shown price changes).
  if (!main.el.isConnected) return none;
  if (marks.length > 0 && distance(main.index, marks) > 1500) return none;
  const area = priceArea(main.el);
  const struckNear = list
    .filter((c) => c.struck && c.parsed.amount > main.parsed.amount && (area.contains(c.el) || Math.abs(c.index - main.index) <= 12))
    .sort((a, b) => Math.abs(a.index - main.index) - Math.abs(b.index - main.index));
  return {
    price: main.parsed,
    listPrice: struckNear[0]?.parsed.amount ?? null,
    areaAmounts: amountsIn(area, list),
  };
}

/** True when `amount` is one the price area shows (its low end, top end, or any amount in it). */
export function isShown(amount: number, shown: ShownPrices): boolean {
  return shown.areaAmounts.some((a) => same(a, amount));
}

/**
 * Text of the first element matched by the selectors that sits in the product's own part of the
 * page: a site's price selector (`.p-price .price`) also matches the cards of recommended items.
 */
export function productTextAt(root: ParentNode, selectors: Selectors): string | null {
  const cache = new Map<Element, boolean>();
  for (const sel of typeof selectors === 'string' ? [selectors] : selectors) {
    for (const el of safeQueryAll(root, sel).slice(0, 50)) {
      const t = textOf(el);
      if (t && !inForeignModule(el, cache)) return t;
    }
  }
  return null;
}
