import { SITES, type Site } from './types';

/** The stable key of a product across the store, watches and messages: `site:itemId`. */
export function productKey(p: { site: string; itemId: string }): string {
  return `${p.site}:${p.itemId}`;
}

/** A key back into its site and item id; null for anything that is not `knownSite:nonEmptyId`. */
export function parseProductKey(key: string): { site: Site; itemId: string } | null {
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  const site = key.slice(0, colon);
  const itemId = key.slice(colon + 1);
  if (itemId === '' || !(SITES as readonly string[]).includes(site)) return null;
  return { site: site as Site, itemId };
}
