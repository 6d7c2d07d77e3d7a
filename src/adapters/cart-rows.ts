import type { Site } from '../core/types';
import { parsePrice } from '../parse';
import { attrAt, safeQueryAll, textAt } from './page';
import type { CartLine, CartPageResult } from './types';

/**
 * Cart pages as data: where the rows are and where each row keeps its link, price and quantity.
 * The reader is the same for every shop; the selectors are per shop.
 */
export interface CartLayout {
  site: Site;
  rows: string;
  link: string;
  title: readonly string[];
  price: readonly string[];
  quantity: readonly string[];
  /** Attributes on the row holding the SKU id, in order of preference. */
  skuAttributes: readonly string[];
  /** Selectors that mean "nothing to read here": login wall or empty cart. */
  emptyMarkers: ReadonlyArray<{ selector: string; why: string }>;
  /** The shop's item id and SKU id from an item link. */
  idsFromLink(href: URL): { itemId: string | null; skuId: string | null };
}

const MAX_ROWS = 500;

export function readCartRows(doc: Document, base: URL, layout: CartLayout): CartPageResult {
  const rows = safeQueryAll(doc, layout.rows).slice(0, MAX_ROWS);
  if (rows.length === 0) {
    const marker = layout.emptyMarkers.find((m) => safeQueryAll(doc, m.selector).length > 0);
    return { ok: false, unreadable: marker ? marker.why : `no cart rows found (${layout.rows}): the cart layout may have changed` };
  }
  const items: CartLine[] = [];
  const warnings: string[] = [];
  rows.forEach((row, i) => {
    const href = attrAt(row, layout.link, 'href');
    let ids: { itemId: string | null; skuId: string | null } = { itemId: null, skuId: null };
    try {
      if (href) ids = layout.idsFromLink(new URL(href, base));
    } catch {
      // an unreadable link leaves the ids null; the row is reported below
    }
    if (!ids.itemId) {
      warnings.push(`cart row ${i + 1}: no item link`);
      return;
    }
    const skuFromRow = layout.skuAttributes.map((a) => row.getAttribute(a)?.trim()).find((v) => v && /^\d+$/.test(v)) ?? null;
    const quantityRaw = attrAt(row, layout.quantity, 'value') ?? textAt(row, layout.quantity);
    const quantity = quantityRaw && /^\s*\d+\s*$/.test(quantityRaw) ? Number(quantityRaw) : null;
    if (quantity === null) warnings.push(`cart row ${i + 1}: quantity unreadable, counted as 1`);
    const price = parsePrice(textAt(row, layout.price))?.amount ?? null;
    if (price === null) warnings.push(`cart row ${i + 1}: price unreadable`);
    items.push({
      site: layout.site,
      itemId: ids.itemId,
      skuId: ids.skuId ?? skuFromRow,
      title: textAt(row, layout.title),
      price,
      quantity: quantity !== null && quantity >= 1 ? quantity : 1,
    });
  });
  if (items.length === 0) return { ok: false, unreadable: `found ${rows.length} cart rows but no item links in them` };
  return { ok: true, items, warnings };
}
