import type { ProductSnapshot } from '../core/types';
import type { Selectors } from './page';
import { isShown, readShownPricesInSteps, type ShownPrices } from './shown-price';
import type { Steps } from './steps';

/**
 * The last step of every adapter: the prices read from the page's data are held against the
 * prices the page shows in the product's own price area. Agreement makes a field confident; a
 * price the shopper cannot see is dropped with both readings in the warnings (right or silent);
 * what the data lacks is taken from the layout, rated low.
 */

export interface CrossCheckOptions {
  /** Whether the layout may supply a price the data lacks (false when the page shows prices elsewhere). */
  fillPrice: boolean;
  /** The site's selectors for the product's title and price: where the price area is looked for first. */
  near?: Selectors;
}

const money = (n: number) => String(Math.round(n * 100) / 100);

export function* crossCheckPrices(doc: Document, s: ProductSnapshot, options: CrossCheckOptions): Steps<void> {
  let shown: ShownPrices;
  try {
    shown = yield* readShownPricesInSteps(doc, { title: s.title, knownPrice: s.price, currency: s.currency, near: options.near });
  } catch {
    // Markup the generic reader cannot walk: the data's readings stand, unchecked.
    return;
  }
  // What the adapter assembles after this check runs in a task of its own.
  yield;
  apply(s, shown, options);
}

function apply(s: ProductSnapshot, shown: ShownPrices, { fillPrice }: CrossCheckOptions): void {
  const confidence = (s.confidence ??= {});
  const rendered = shown.areaAmounts.length > 0;

  if (s.price !== null && rendered) {
    const skuPrices = s.skus.map((k) => k.price).filter((p): p is number => p !== null);
    const corroborated = [s.price, s.priceMax, ...skuPrices].some((p) => p !== null && isShown(p, shown));
    if (corroborated) confidence.price = 'high';
    else {
      s.warnings.push(
        `price readings disagree: the page data says ${money(s.price)}, the price area shows ${shown.areaAmounts.map(money).join(' / ')}; price left empty`,
      );
      confidence.price = 'low';
      s.price = null;
      s.priceMax = null;
      // The SKU prices came from the same data the page contradicts.
      for (const sku of s.skus) sku.price = null;
    }
  } else if (s.price === null && fillPrice && shown.price) {
    s.price = shown.price.amount;
    s.priceMax = shown.price.max !== undefined && shown.price.max > shown.price.amount ? shown.price.max : null;
    confidence.price = 'low';
    s.warnings.push(`price read from the page layout only (${money(s.price)})`);
  }

  if (s.listPrice !== null && s.price !== null) {
    if (shown.listPrice !== null && Math.abs(shown.listPrice - s.listPrice) < 0.005) confidence.listPrice = 'high';
    else if (rendered && !isShown(s.listPrice, shown)) {
      // A list price the price area does not show: kept, but no verdict stands on it.
      s.warnings.push(
        `list price not confirmed: the page data says ${money(s.listPrice)}, the price area shows ${shown.listPrice === null ? 'no list price' : money(shown.listPrice)}`,
      );
      confidence.listPrice = 'low';
    }
  } else if (s.listPrice === null && s.price !== null && shown.listPrice !== null && shown.listPrice > s.price && shown.price !== null) {
    // A struck-through or 原价/UVP-labelled price beside the confirmed price.
    s.listPrice = shown.listPrice;
  }
  if (Object.keys(confidence).length === 0) delete s.confidence;
}
