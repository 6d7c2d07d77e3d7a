import type { ProductSnapshot, SnapshotField } from './types';

/** A field the reading could not vouch for: absent from the page, or read with low confidence. */
export interface UnreadField {
  field: SnapshotField;
  why: 'missing' | 'uncertain';
}

export interface ReadingQuality {
  /** False when a field every verdict stands on is missing or uncertain: then no verdict is shown. */
  confident: boolean;
  unread: UnreadField[];
  /** The adapter's own words on what it could not read. */
  warnings: string[];
}

/** Every verdict stands on these: without a sure price and title it could be about another product or price. */
const KEY_FIELDS: readonly SnapshotField[] = ['price', 'title'];

/**
 * How far the shopper can trust a reading (issue 11): key fields that are null or rated 'low', and
 * any other field rated 'low'. Fields a page simply lacks (no expiry on a phone) are not listed.
 */
export function readingQuality(snapshot: ProductSnapshot): ReadingQuality {
  const unread: UnreadField[] = [];
  const confidence = snapshot.confidence ?? {};
  for (const field of KEY_FIELDS) {
    if (snapshot[field] === null) unread.push({ field, why: 'missing' });
    else if (confidence[field] === 'low') unread.push({ field, why: 'uncertain' });
  }
  for (const [field, level] of Object.entries(confidence) as Array<[SnapshotField, string]>) {
    if (level === 'low' && !KEY_FIELDS.includes(field)) unread.push({ field, why: 'uncertain' });
  }
  return { confident: !unread.some((u) => KEY_FIELDS.includes(u.field)), unread, warnings: [...snapshot.warnings] };
}
