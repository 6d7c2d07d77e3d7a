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

/** A gram on more products than this is read as rows in recency order, not as a list of keys. */
const KEYS_AT_MOST = 2_000;
/**
 * What reading one key of the recency index costs against reading one product row (measured in
 * Chromium: a row is its whole snapshot to deserialise, a key a short string): the walk through
 * the recency order pays off when it spares enough rows.
 */
const KEY_COST_IN_ROWS = 1 / 16;
/** Each walk through the recency order reads this many times more keys than the one before. */
const WALK_GROWTH = 4;

function gramQuery(db: RadarDatabase, gram: string) {
  return Array.from(gram).length === 1 ? db.products.where('searchGrams').startsWith(gram) : db.products.where('searchGrams').equals(gram);
}

interface Candidates {
  /** Keys of the products that index the query's rarest grams, or null when even the rarest is on most products. */
  keys: Set<string> | null;
  /** The share of products expected to match: what the recency walk sizes its reads by. */
  density: number;
  products: number;
}

/**
 * The keys of products that index the query's rarest grams, or null when even the rarest is on
 * most products (卫衣 in a store of hoodies): reading thousands of keys would cost more than
 * meeting the matches in recency order. Counting is native and reads no keys; the text check
 * afterwards rules out what the other grams would have.
 */
async function candidateKeys(db: RadarDatabase, query: string): Promise<Candidates> {
  const grams = queryGramsOf(query);
  const [products, ...counts] = await Promise.all([db.products.count(), ...grams.map((g) => gramQuery(db, g).count())]);
  const rarest = grams.map((g, i) => ({ g, n: counts[i]! })).sort((a, b) => a.n - b.n);
  const densityOf = (n: number) => Math.min(1, n / Math.max(1, products));
  if (rarest[0]!.n === 0) return { keys: new Set(), density: 0, products };
  if (rarest[0]!.n > KEYS_AT_MOST) return { keys: null, density: densityOf(rarest[0]!.n), products };
  const [first, second] = await Promise.all(
    rarest.slice(0, 2).map(({ g, n }) => (n <= KEYS_AT_MOST ? gramQuery(db, g).primaryKeys() : Promise.resolve(null))),
  );
  const other = second ? new Set(second) : null;
  const keys = new Set(other ? first!.filter((k) => other.has(k)) : first);
  return { keys, density: densityOf(keys.size), products };
}

const byRecency = (a: ProductRow, b: ProductRow) =>
  a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

/** The matching candidates, all read at once: cheaper than finding them in recency order when they are few. */
async function readWhole(db: RadarDatabase, keys: Set<string>, limit: number, query: string): Promise<ProductRow[]> {
  const rows = (await db.products.bulkGet([...keys])).filter((r): r is ProductRow => r !== undefined && matchesSearch(r, query));
  return rows.sort(byRecency).slice(0, limit);
}

/**
 * The first `limit` rows, most recently seen first, that are candidates (all products when
 * `keys` is null) and pass the text check. The recency index is walked as keys only, in reads
 * sized by the expected density of matches and growing when they fall short; rows are read only
 * for candidates, about as many as are still missing.
 */
async function recentMatching(db: RadarDatabase, c: Candidates, limit: number, query: string): Promise<ProductRow[]> {
  const found: ProductRow[] = [];
  let walked = 0;
  let size = Math.min(c.products, Math.max(2 * limit, Math.ceil((1.5 * limit) / Math.max(c.density, 1e-6))));
  let batch = limit;
  for (;;) {
    const order = await db.products.orderBy('lastSeenAt').reverse().limit(size).primaryKeys();
    const fresh = order.slice(walked).filter((k) => c.keys === null || c.keys.has(k));
    walked = order.length;
    for (let i = 0; i < fresh.length && found.length < limit;) {
      const keys = fresh.slice(i, i + Math.max(batch, limit - found.length));
      i += keys.length;
      const before = found.length;
      for (const row of await db.products.bulkGet(keys)) if (row && found.length < limit && matchesSearch(row, query)) found.push(row);
      // Rows that fail the text check (common grams, rare text) make the next read larger.
      if (found.length - before < keys.length / 2) batch = Math.min(batch * 2, 500);
    }
    if (found.length >= limit || order.length < size) return found;
    size *= WALK_GROWTH;
  }
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
 * recently seen first. Candidates come from the bigram index as primary keys (no rows read); a
 * few candidates are read whole, more are met by walking the recency index as keys only, so rows
 * are read for about `limit` products whatever the store's size. All reads share one read-only
 * transaction: an ingest meanwhile cannot reorder the walk under it.
 */
export async function searchProducts(db: RadarDatabase, text: string, limit = 20): Promise<ProductSearchHit[]> {
  const query = normalizeSearchText(text.slice(0, MAX_QUERY_CHARS));
  if (query === '' || limit <= 0) return [];
  const rows = await db.transaction('r', db.products, async () => {
    const c = await candidateKeys(db, query);
    if (c.keys?.size === 0) return [];
    if (c.keys && wholeIsCheaper(c.keys.size, c, limit)) return readWhole(db, c.keys, limit, query);
    return recentMatching(db, c, limit, query);
  });
  return rows.map(hitOf);
}

/** Reading every candidate row against walking the recency keys to the first `limit` and reading theirs. */
function wholeIsCheaper(candidates: number, c: Candidates, limit: number): boolean {
  if (candidates <= limit) return true;
  const keysWalked = Math.min(c.products, limit / Math.max(c.density, 1e-6));
  return candidates <= keysWalked * KEY_COST_IN_ROWS + limit;
}
