import type { ProductRow, RadarDatabase } from './db';
import { matchesSearch, normalizeSearchText, queryGramsOf } from './search-grams';

export interface ProductSearchHit {
  key: string;
  site: string;
  itemId: string;
  title: string | null;
  shop: string | null;
  image: string | null;
  price: number | null;
  currency: string;
  lastSeenAt: string;
}

/** Query texts are what a shopper types; anything longer is not a search. */
const MAX_QUERY_CHARS = 100;

/** Candidate sets at most this large are read whole and sorted; larger ones are met in recency order. */
const READ_WHOLE = 200;

function gramQuery(db: RadarDatabase, gram: string) {
  return Array.from(gram).length === 1 ? db.products.where('searchGrams').startsWith(gram) : db.products.where('searchGrams').equals(gram);
}

/**
 * The keys of products that index the query's rarest grams. Counting is native and reads no keys,
 * so only the rarest two grams' keys are read: a gram every product has (卫衣 in a store of
 * hoodies) would cost a read of the whole index for nothing. The text check afterwards rules out
 * what the other grams would have.
 */
async function candidateKeys(db: RadarDatabase, query: string): Promise<Set<string>> {
  const grams = queryGramsOf(query);
  const counts = await Promise.all(grams.map((g) => gramQuery(db, g).count()));
  const rarest = grams.map((g, i) => ({ g, n: counts[i]! })).sort((a, b) => a.n - b.n);
  if (rarest[0]!.n === 0) return new Set();
  const lists = await Promise.all(rarest.slice(0, 2).map(({ g }) => gramQuery(db, g).primaryKeys()));
  const [first, second] = lists as [string[], string[] | undefined];
  if (!second) return new Set(first);
  const other = new Set(second);
  return new Set(first.filter((k) => other.has(k)));
}

/** Candidates in recency order: the few read and sorted, the many met walking the recency index. */
async function byRecency(db: RadarDatabase, candidates: Set<string>, enough: number): Promise<string[]> {
  if (candidates.size <= READ_WHOLE) {
    const rows = await db.products.bulkGet([...candidates]);
    return rows
      .filter((r): r is ProductRow => r !== undefined)
      .sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0))
      .map((r) => r.key);
  }
  const keys: string[] = [];
  await db.products
    .orderBy('lastSeenAt')
    .reverse()
    .until(() => keys.length >= enough)
    .eachPrimaryKey((k) => {
      if (candidates.has(k)) keys.push(k);
    });
  return keys;
}

function hitOf(row: ProductRow): ProductSearchHit {
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
  };
}

/**
 * Products whose title, shop or item id contains `text` (ignoring case, width and spaces), most
 * recently seen first. Candidates come from the bigram index as primary keys (no rows read); rows
 * are loaded in recency order, a batch at a time, only until `limit` of them match the text. The
 * cost follows the hits, not the store: 10,000 products answer in the same few reads as 1,000.
 */
export async function searchProducts(db: RadarDatabase, text: string, limit = 20): Promise<ProductSearchHit[]> {
  const query = normalizeSearchText(text.slice(0, MAX_QUERY_CHARS));
  if (query === '' || limit <= 0) return [];
  const candidates = await candidateKeys(db, query);
  const hits: ProductSearchHit[] = [];
  // Most candidates match the text; when too few did, look further down the recency order.
  for (let enough = limit * 2; candidates.size > 0 && hits.length < limit; enough *= 4) {
    const ordered = await byRecency(db, candidates, enough);
    for (let i = 0; i < ordered.length && hits.length < limit; i += limit) {
      const rows = await db.products.bulkGet(ordered.slice(i, i + limit));
      for (const row of rows) if (row && hits.length < limit && matchesSearch(row, query)) hits.push(hitOf(row));
    }
    // Every candidate was looked at: the hits are all there are.
    if (ordered.length < enough || candidates.size <= READ_WHOLE) break;
    hits.length = 0;
  }
  return hits;
}
