import { foldBlanks } from '../parse/bounded-runs';

/**
 * The parts of a product page that are not about this product: recommendations, reviews and
 * questions, the shop's banner and header, navigation, ads, hidden templates. Prices and words
 * found there belong to other products or other people, never to the product being read.
 */

/** Modules whose prices belong to other products, other buyers or the shop, never this product. */
const FOREIGN_MODULE =
  /recommend|similar|related|comment|review|rating|guess|carousel|swiper|slider|breadcrumb|advert|popup|modal|formicary|cinema|shop-?header|shop-?sign|猜你喜欢|看了又看|为你推荐/i;
/** Short words that name such a module only as a whole word of a class or id (nav, not canvas). */
const FOREIGN_WORD =
  /(?:^|[\s_-])(?:reco|recs?|nav|navbar|menu|sidebar|banner|rank|ranking|also|like|likes|rate|footer|aside|history|crumbs?|hot|hotsale|youmaylike|seller-?rec|shop-?rec)(?:$|[\s_\d-])/i;
/**
 * Offers of other products beside this one (upgrade, bundle, cross-sell): their prices are not
 * this product's, but their words are the page's pitch, which the upsell rule reads.
 */
const OFFER_MODULE = /cross-?sell|upsell|(?:^|[\s_-])(?:bundle|combo)(?:$|[\s_\d-])/i;

/** Prices are never read from foreign or offer modules; words only never from foreign ones. */
export type ReadPurpose = 'price' | 'text';

export const FOREIGN_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION']);

export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
}

/** Hidden by markup (a template for a popup, a collapsed panel): not something the shopper sees. */
function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** In a module that is not this product's (or hidden), judged by the element's ancestors. */
export function inForeignModule(el: Element, cache: Map<Element, boolean> = new Map(), purpose: ReadPurpose = 'price'): boolean {
  const seen: Element[] = [];
  let verdict = false;
  for (let p: Element | null = el; p && p.tagName !== 'BODY'; p = p.parentElement) {
    const known = cache.get(p);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    seen.push(p);
    if (isForeignElement(p, purpose)) {
      verdict = true;
      break;
    }
    // A price inside a link to another page is a product card, not this product's buy box.
    if (p.tagName === 'A' && p !== el && /^(https?:)?\/\//.test(p.getAttribute('href') ?? '')) {
      verdict = true;
      break;
    }
  }
  for (const s of seen) cache.set(s, verdict);
  return verdict;
}

/** True for an element that starts a foreign module itself (not one inside one). */
export function isForeignElement(el: Element, purpose: ReadPurpose = 'price'): boolean {
  const names = classAndId(el);
  if (FOREIGN_TAGS.has(el.tagName) || hiddenByMarkup(el) || FOREIGN_MODULE.test(names) || FOREIGN_WORD.test(names)) return true;
  return purpose === 'price' && OFFER_MODULE.test(names);
}

/** The text of `el` without the words of foreign modules nested in it, at most `max` characters. */
export function ownModuleText(el: Element, max = 20_000): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Element): void => {
    for (let n = node.firstChild; n && length < max; n = n.nextSibling) {
      if (n.nodeType === 3) {
        // A text node can be a megabyte long: only what fits is kept.
        const t = (n.nodeValue ?? '').slice(0, max - length);
        parts.push(t);
        length += t.length;
      } else if (n.nodeType === 1 && !isForeignElement(n as Element, 'text')) {
        walk(n as Element);
        // Block boundaries keep words of neighbouring elements apart.
        parts.push(' ');
      }
    }
  };
  walk(el);
  return foldBlanks(parts.join('')).trim().slice(0, max);
}
