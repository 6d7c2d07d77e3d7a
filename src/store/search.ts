import type { ProductSearchRow, RadarDatabase } from './db';
import { normalizeSearchText, queryGramsOf } from './search-grams';

/** What the popup shows of a hit: the search row without what only matching needs. */
export type ProductSearchHit = Omit<ProductSearchRow, 'text' | 'grams'>;

/** Query texts are what a shopper types; anything longer is not a search. */
const MAX_QUERY_CHARS = 100;

/** Candidate sets at most this large are read whole and sorted by recency. */
const READ_WHOLE = 200;
/** A gram on more products than this is read as rows in recency order, not as a list of keys. */
const KEYS_AT_MOST = 2_000;

function gramQuery(db: RadarDatabase, gram: string) {
  return Array.from(gram).length === 1 ? db.productSearch.where('grams').startsWith(gram) : db.productSearch.where('grams').equals(gram);
}

const matches = (row: ProductSearchRow, query: string): boolean => row.text.includes(query);

/**
 * The keys of products that index the query's rarest grams, or null when even the rarest is on
 * most products (卫衣 in a store of hoodies): reading thousands of keys would cost more than
 * meeting the matches in recency order. Counting is native and reads no keys; the text check
 * afterwards rules out what the other grams would have.
 */
async function candidateKeys(db: RadarDatabase, query: string): Promise<Set<string> | null | { gram: string }> {
  const grams = queryGramsOf(query);
  const counts = await Promise.all(grams.map((g) => gramQuery(db, g).count()));
  const rarest = grams.map((g, i) => ({ g, n: counts[i]! })).sort((a, b) => a.n - b.n);
  if (rarest[0]!.n === 0) return new Set();
  if (rarest[0]!.n > KEYS_AT_MOST) return null;
  // Only the rarest gram narrows, and its rows are few: one read of them through the gram index
  // costs less than their keys and then a lookup per key.
  if (rarest[0]!.n <= READ_WHOLE && !(rarest[1] && rarest[1].n <= KEYS_AT_MOST)) return { gram: rarest[0]!.g };
  const [first, second] = await Promise.all(
    rarest.slice(0, 2).map(({ g, n }) => (n <= KEYS_AT_MOST ? gramQuery(db, g).primaryKeys() : Promise.resolve(null))),
  );
  if (!second) return new Set(first);
  const other = new Set(second);
  return new Set(first!.filter((k) => other.has(k)));
}

/** The first `limit` rows, most recently seen first, that pass `keep`: rows read only until then. */
async function recentMatching(db: RadarDatabase, limit: number, keep: (row: ProductSearchRow) => boolean): Promise<ProductSearchRow[]> {
  const found: ProductSearchRow[] = [];
  await db.productSearch
    .orderBy('lastSeenAt')
    .reverse()
    .until(() => found.length >= limit)
    .each((row) => {
      if (found.length < limit && keep(row)) found.push(row);
    });
  return found;
}

function hitOf({ text: _text, grams: _grams, ...hit }: ProductSearchRow): ProductSearchHit {
  return hit;
}

/**
 * Products whose title, shop or item id contains `text` (ignoring case, width and spaces), most
 * recently seen first. Candidates come from the bigram index as primary keys (no rows read); rows
 * are loaded in recency order, a batch at a time, only until `limit` of them match the text. Rows
 * are search rows (productSearch: what a hit lists and the normalised text), a third of a product
 * row with its snapshot. The cost follows the hits, not the store: 10,000 products answer in the
 * same few reads as 1,000.
 */
export async function searchProducts(db: RadarDatabase, text: string, limit = 20): Promise<ProductSearchHit[]> {
  const query = normalizeSearchText(text.slice(0, MAX_QUERY_CHARS));
  if (query === '' || limit <= 0) return [];
  const candidates = await candidateKeys(db, query);
  if (candidates === null) return (await recentMatching(db, limit, (row) => matches(row, query))).map(hitOf);
  if (!(candidates instanceof Set)) {
    // A one-character gram is a prefix scan: a product indexing two grams it starts is met twice.
    const rows = new Map((await gramQuery(db, candidates.gram).toArray()).map((r) => [r.key, r]));
    return newestMatching([...rows.values()], query, limit).map(hitOf);
  }
  if (candidates.size === 0) return [];
  if (candidates.size > READ_WHOLE)
    return (await recentMatching(db, limit, (row) => candidates.has(row.key) && matches(row, query))).map(hitOf);
  const rows = (await db.productSearch.bulkGet([...candidates])).filter((r): r is ProductSearchRow => r !== undefined);
  return newestMatching(rows, query, limit).map(hitOf);
}

/** The `limit` most recently seen rows that match, ties by key from the highest (as the recency index reads backwards). */
function newestMatching(rows: ProductSearchRow[], query: string, limit: number): ProductSearchRow[] {
  return rows
    .filter((r) => matches(r, query))
    .sort((a, b) => (a.lastSeenAt !== b.lastSeenAt ? (a.lastSeenAt < b.lastSeenAt ? 1 : -1) : a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
    .slice(0, limit);
}
