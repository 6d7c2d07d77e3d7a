/** What a watch waits for: a sold-out SKU back in stock, or the price at or below a target. */
export type WatchKind = 'restock' | 'price';

export const WATCH_KINDS: readonly WatchKind[] = ['restock', 'price'];
