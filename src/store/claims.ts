import { productKey, type ProductSnapshot } from '../core/types';
import { claimsOnPage } from '../parse';
import type { ClaimSighting } from '../traps/types';
import type { ClaimSightingRow, RadarDatabase } from './db';

/** Rows read per query: enough to see a figure repeat, bounded however many pages repeat it. */
const READ_LIMIT = 200;

/**
 * Keeps what the page claimed (issue 17): one row per product, figure and place, its first and
 * last sighting. Called inside the ingest transaction; a page without claims costs nothing.
 */
export async function recordClaims(db: RadarDatabase, s: ProductSnapshot, at: string): Promise<void> {
  const claims = claimsOnPage(s.signals);
  if (claims.length === 0) return;
  const key = productKey(s);
  const ids = claims.map(({ claim, where }) => [key, claim.figure, where] as [string, string, string]);
  const stored = await db.claimSightings.bulkGet(ids);
  const rows: ClaimSightingRow[] = claims.map(({ claim, where }, i) => {
    const old = stored[i];
    return {
      productKey: key,
      figure: claim.figure,
      where,
      shop: s.shop,
      text: claim.text,
      firstSeenAt: old && old.firstSeenAt < at ? old.firstSeenAt : at,
      lastSeenAt: old && old.lastSeenAt > at ? old.lastSeenAt : at,
    };
  });
  await db.claimSightings.bulkPut(rows);
}

/**
 * What the social-proof rule needs for a page: sightings of the page's own figures anywhere, and
 * this product's earlier claims. Each row stands for its first and last sighting.
 */
export async function claimSightingsFor(db: RadarDatabase, s: ProductSnapshot): Promise<ClaimSighting[]> {
  const figures = [...new Set(claimsOnPage(s.signals).map((c) => c.claim.figure))];
  if (figures.length === 0) return [];
  const key = productKey(s);
  const [sameFigure, sameProduct] = await Promise.all([
    db.claimSightings.where('figure').anyOf(figures).limit(READ_LIMIT).toArray(),
    db.claimSightings.where('productKey').equals(key).limit(READ_LIMIT).toArray(),
  ]);
  const rows = new Map<string, ClaimSightingRow>();
  for (const row of [...sameFigure, ...sameProduct]) rows.set(`${row.productKey}\u0000${row.figure}\u0000${row.where}`, row);
  const out: ClaimSighting[] = [];
  for (const row of rows.values()) {
    const base = { productKey: row.productKey, shop: row.shop, text: row.text, where: row.where };
    out.push({ ...base, at: row.firstSeenAt });
    if (row.lastSeenAt !== row.firstSeenAt) out.push({ ...base, at: row.lastSeenAt });
  }
  return out;
}
