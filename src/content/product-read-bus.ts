import type { ProductSnapshot, Site } from '../core/types';

export interface ProductRef {
  site: Site;
  itemId: string;
}

type Listener = (product: ProductRef) => void;

interface Bus {
  last: ProductRef | null;
  /** What was read, for a page report. */
  snapshot: ProductSnapshot | null;
  listeners: Set<Listener>;
}

// Content scripts of one extension share one isolated world: a global there is invisible to the
// page's own scripts (unlike a DOM event, which the page could forge), yet reaches every script.
const BUS = Symbol.for('fanchang-radar.product-read');

function bus(): Bus {
  const g = globalThis as unknown as Record<symbol, Bus | undefined>;
  return (g[BUS] ??= { last: null, snapshot: null, listeners: new Set() });
}

/** The reader says a product was read and stored. */
export function announceProductRead(snapshot: ProductSnapshot): void {
  const b = bus();
  const product = { site: snapshot.site, itemId: snapshot.itemId };
  b.last = product;
  b.snapshot = snapshot;
  for (const listener of b.listeners) listener(product);
}

/** The panel hears of every product read, including one read before it started listening. */
export function onProductRead(listener: Listener): () => void {
  const b = bus();
  b.listeners.add(listener);
  if (b.last) listener(b.last);
  return () => b.listeners.delete(listener);
}

/** The reading of the page the shopper is on, for "report this page"; null before the first read. */
export function lastReadSnapshot(): ProductSnapshot | null {
  return bus().snapshot;
}
