import type { ProductReading, Sku } from './types';

/**
 * A reading crosses from the content script to the background as JSON text. Browsers hand
 * extension messages over value by value; a page of 5,000 SKUs is tens of thousands of small
 * objects, which cost the shop's page a tenth of a second to hand over, where one string costs a
 * few milliseconds. The SKUs go as rows of a table whose strings (property names and values, size
 * labels) are listed once: a third of the text, and a third of the time to write it.
 */
export function readingText(reading: ProductReading): string {
  const { skus, ...snapshot } = reading.snapshot;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const rows = skus.map((k) => {
    const row: Array<string | number | null> = [k.skuId, k.price, k.stock, k.available ? 1 : 0, k.size === null ? -1 : ref(k.size)];
    for (const name in k.props) row.push(ref(name), ref(k.props[name]!));
    return row;
  });
  return JSON.stringify({ snapshot, texts: reading.texts, skus: { strings, rows } });
}

/** Far more than the largest reading the limits allow (5,000 SKUs and TEXT_LIMITS' texts). */
const MAX_READING_CHARS = 8_000_000;

export type ParsedText = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The background's side: the text parsed and its SKU table unpacked, or why not. What it holds is
 * checked by `checkReading` (bounds, types) after; here only the table's own shape.
 */
export function parseReadingText(input: unknown): ParsedText {
  if (typeof input !== 'string') return { ok: false, error: 'invalid reading: not JSON text' };
  if (input.length > MAX_READING_CHARS) return { ok: false, error: `invalid reading: longer than ${MAX_READING_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch {
    return { ok: false, error: 'invalid reading: not JSON text' };
  }
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'invalid reading: not a reading' };
  const { snapshot, texts, skus } = value as { snapshot?: unknown; texts?: unknown; skus?: unknown };
  if (typeof snapshot !== 'object' || snapshot === null) return { ok: true, value: { snapshot, texts } };
  const unpacked = unpackSkus(skus);
  if (unpacked === null) return { ok: false, error: 'invalid reading: the SKU table is malformed' };
  return { ok: true, value: { snapshot: { ...snapshot, skus: unpacked }, texts } };
}

const MAX_SKU_ROWS = 5_000;

function unpackSkus(table: unknown): Sku[] | null {
  if (typeof table !== 'object' || table === null) return null;
  const { strings, rows } = table as { strings?: unknown; rows?: unknown };
  if (!Array.isArray(strings) || !Array.isArray(rows) || rows.length > MAX_SKU_ROWS) return null;
  if (!strings.every((s) => typeof s === 'string')) return null;
  const text = (i: unknown): string | undefined => (Number.isInteger(i) && (i as number) >= 0 ? strings[i as number] : undefined);
  const skus: Sku[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < 5 || row.length % 2 === 0 || row.length > 5 + 2 * 16) return null;
    const [skuId, price, stock, available, size] = row as unknown[];
    if (typeof skuId !== 'string' || (available !== 0 && available !== 1)) return null;
    const props: Record<string, string> = {};
    for (let i = 5; i < row.length; i += 2) {
      const name = text(row[i]);
      const value = text(row[i + 1]);
      if (name === undefined || value === undefined || name === '__proto__') return null;
      props[name] = value;
    }
    const sizeLabel = size === -1 ? null : text(size);
    if (sizeLabel === undefined) return null;
    // Prices and stock keep whatever type was sent: checkReading says what is wrong with them.
    skus.push({ skuId, props, size: sizeLabel, price: price as number | null, stock: stock as number | null, available: available === 1 });
  }
  return skus;
}
