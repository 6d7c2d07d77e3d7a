import { emptySignals, type ProductReading, type ProductSnapshot, type ProductTexts, type Site } from '../core/types';

/** A snapshot with nothing read yet: every adapter starts here and fills what it can. */
export function blankSnapshot(site: Site, itemId: string, url: URL, now: Date): ProductSnapshot {
  return {
    site,
    itemId,
    url: url.href,
    capturedAt: now.toISOString(),
    title: null,
    shop: null,
    image: null,
    category: 'other',
    currency: 'CNY',
    price: null,
    priceMax: null,
    listPrice: null,
    couponPrice: null,
    skus: [],
    expiry: null,
    offers: [],
    signals: emptySignals(),
    warnings: [],
  };
}

/** A reading with nothing to interpret: the page gave no product data (the snapshot says why). */
export function readingOf(snapshot: ProductSnapshot, texts: ProductTexts | null = null): ProductReading {
  return { snapshot, texts };
}
