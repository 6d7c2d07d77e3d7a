import type { ProductRow, ProductSearchRow } from './db';

/**
 * Substring search over Chinese and Latin text without a tokenizer: every product's search row
 * (productSearch) indexes the character bigrams of its title, shop and item id (a multi-entry
 * index), plus each field's last character, so that a one-character query is a prefix scan and a
 * longer one an intersection of bigram lookups, checked against the text afterwards.
 */

/** Titles longer than this are rare and their tails are not what shoppers type. */
const INDEXED_CHARS = 200;

/** Full-width to half-width, one case, no spaces: 'Ｎｉｋｅ 卫衣' and 'nike卫衣' match. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function gramsOfField(text: string, into: Set<string>): void {
  const chars = Array.from(normalizeSearchText(text).slice(0, INDEXED_CHARS));
  for (let i = 0; i + 1 < chars.length; i++) into.add(chars[i]! + chars[i + 1]!);
  const last = chars[chars.length - 1];
  if (last !== undefined) into.add(last);
}

export interface SearchableFields {
  title: string | null;
  shop: string | null;
  itemId: string;
}

export function searchGramsOf(p: SearchableFields): string[] {
  const grams = new Set<string>();
  for (const field of [p.title, p.shop, p.itemId]) if (field) gramsOfField(field, grams);
  return [...grams];
}

/** The bigrams of a normalised query, or its single character: what every match must index. */
export function queryGramsOf(normalizedQuery: string): string[] {
  const chars = Array.from(normalizedQuery);
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** True when the query is a substring of one of the fields (after normalising both). */
export function matchesSearch(p: SearchableFields, normalizedQuery: string): boolean {
  return [p.title, p.shop, p.itemId].some((field) => field !== null && normalizeSearchText(field).includes(normalizedQuery));
}

/**
 * The fields normalised, one a line: a normalised query has no line breaks, so it is part of this
 * text exactly when it is part of one of the fields (matchesSearch without normalising per row).
 */
function searchTextOf(p: SearchableFields): string {
  return [p.title, p.shop, p.itemId].map((field) => (field === null ? '' : normalizeSearchText(field))).join('\n');
}

/** What search reads of a product row (schema version 8's productSearch table). */
export function searchRowOf(row: ProductRow): ProductSearchRow {
  return {
    key: row.key,
    site: row.site,
    itemId: row.itemId,
    title: row.title,
    shop: row.shop,
    image: row.snapshot.image,
    price: row.snapshot.price,
    currency: row.snapshot.currency,
    lastSeenAt: row.lastSeenAt,
    text: searchTextOf(row),
    grams: searchGramsOf(row),
  };
}

/**
 * How stale a search row's last-seen time may grow before a visit rewrites it. A SKU switch or an
 * in-page navigation stores the product again within seconds, and each rewrite re-indexes every
 * bigram of the row; search orders hits by recency and shows the day, so minutes do not matter.
 */
const SEARCH_RECENCY_MS = 10 * 60_000;

/** True when `stored` still says what `fresh` says: the same text and hit, seen at most SEARCH_RECENCY_MS earlier. */
export function searchRowIsCurrent(stored: ProductSearchRow | undefined, fresh: ProductSearchRow): boolean {
  if (!stored) return false;
  const age = Date.parse(fresh.lastSeenAt) - Date.parse(stored.lastSeenAt);
  return (
    age >= 0 &&
    age < SEARCH_RECENCY_MS &&
    stored.text === fresh.text &&
    stored.title === fresh.title &&
    stored.shop === fresh.shop &&
    stored.image === fresh.image &&
    stored.price === fresh.price &&
    stored.currency === fresh.currency &&
    stored.site === fresh.site &&
    stored.itemId === fresh.itemId
  );
}
