import { safeQueryAll, textOf } from './page';

/**
 * schema.org microdata (itemscope/itemprop) read into plain records, the same shape JSON-LD gives,
 * so one reader serves both. Values come from content/href/src attributes before text, and keep
 * nested items (offers, brand, seller) as nested records.
 */

export type MicroValue = string | MicroItem;
export interface MicroItem {
  type: string;
  props: Map<string, MicroValue[]>;
}

const PRODUCT_TYPES = /schema\.org\/(Product|ProductGroup|IndividualProduct|ProductModel)\b|data-vocabulary\.org\/Product\b/i;
const OFFER_TYPES = /schema\.org\/(Offer|AggregateOffer)\b|data-vocabulary\.org\/Offer(-aggregate)?\b/i;

/**
 * Product items on the page. Pages that put their offers (and name) outside any Product scope,
 * which is invalid but common, get one product made of the page's unscoped properties.
 */
export function microdataProducts(doc: Document): MicroItem[] {
  const scopes = safeQueryAll(doc, '[itemscope][itemtype]');
  const products = scopes.filter((el) => PRODUCT_TYPES.test(el.getAttribute('itemtype') ?? '') && !hasProductAncestor(el));
  if (products.length > 0) return products.slice(0, 20).map((el) => readItem(el));
  if (!scopes.some((el) => OFFER_TYPES.test(el.getAttribute('itemtype') ?? ''))) return [];
  const holder = readItem(doc.documentElement, true);
  return holder.props.has('offers') ? [holder] : [];
}

function hasProductAncestor(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.hasAttribute('itemscope') && PRODUCT_TYPES.test(p.getAttribute('itemtype') ?? '')) return true;
  }
  return false;
}

/** The scope an itemprop belongs to: its nearest itemscope ancestor. */
function ownerScope(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.hasAttribute('itemscope')) return p;
  return null;
}

/** An item's own properties; `unscoped` reads the properties that belong to no item at all. */
function readItem(scope: Element, unscoped = false): MicroItem {
  const type = unscoped ? 'Product' : (scope.getAttribute('itemtype') ?? '').replace(/^.*\//, '');
  const item: MicroItem = { type, props: new Map() };
  let count = 0;
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (ownerScope(el) !== (unscoped ? null : scope)) continue;
    if (++count > 2000) break;
    const value: MicroValue | null = el.hasAttribute('itemscope') ? readItem(el) : propValue(el);
    if (value === null) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const list = item.props.get(name) ?? [];
      list.push(value);
      item.props.set(name, list);
    }
  }
  return item;
}

function propValue(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  const attr =
    el.getAttribute('content') ??
    (tag === 'link' || tag === 'a' ? el.getAttribute('href') : null) ??
    (tag === 'img' ? el.getAttribute('src') : null) ??
    (tag === 'meta' ? '' : null) ??
    el.getAttribute('itemtype'); // <span itemprop="availability" itemtype="http://schema.org/OutOfStock">
  const value = (attr !== null && attr.trim() !== '' ? attr : textOf(el))?.trim();
  return value ? value : null;
}
