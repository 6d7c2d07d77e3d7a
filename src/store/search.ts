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

async function candidateKeys(db: RadarDatabase, query: string): Promise<Set<string>> {
  const lists = await Promise.all(
    queryGramsOf(query).map((g) =>
      Array.from(g).length === 1
        ? db.products.where('searchGrams').startsWith(g).primaryKeys()
        : db.products.where('searchGrams').equals(g).primaryKeys(),
    ),
  );
  lists.sort((a, b) => a.length - b.length);
  let candidates = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    if (candidates.size === 0) break;
    const next = new Set(list);
    candidates = new Set([...candidates].filter((k) => next.has(k)));
  }
  return candidates;
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
 * are loaded in recency order, a batch at a time, only until `limit` of them match the text.
 */
export async function searchProducts(db: RadarDatabase, text: string, limit = 20): Promise<ProductSearchHit[]> {
  const query = normalizeSearchText(text.slice(0, MAX_QUERY_CHARS));
  if (query === '' || limit <= 0) return [];
  const candidates = await candidateKeys(db, query);
  if (candidates.size === 0) return [];
  const byRecency = (await db.products.orderBy('lastSeenAt').reverse().primaryKeys()).filter((k) => candidates.has(k));
  const hits: ProductSearchHit[] = [];
  for (let i = 0; i < byRecency.length && hits.length < limit; i += limit) {
    const rows = await db.products.bulkGet(byRecency.slice(i, i + limit));
    for (const row of rows) if (row && hits.length < limit && matchesSearch(row, query)) hits.push(hitOf(row));
  }
  return hits;
}
