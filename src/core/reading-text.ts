import type { ProductReading } from './types';

/**
 * A reading crosses from the content script to the background as JSON text. Browsers hand
 * extension messages over value by value; a page of 5,000 SKUs is tens of thousands of small
 * objects, which cost the shop's page a tenth of a second to hand over, where one string costs
 * a few milliseconds.
 */
export function readingText(reading: ProductReading): string {
  return JSON.stringify(reading);
}

/** Far more than the largest reading the limits allow (5,000 SKUs and TEXT_LIMITS' texts). */
const MAX_READING_CHARS = 8_000_000;

export type ParsedText = { ok: true; value: unknown } | { ok: false; error: string };

/** The background's side: the text parsed, or why not. What it holds is checked by `checkReading`. */
export function parseReadingText(input: unknown): ParsedText {
  if (typeof input !== 'string') return { ok: false, error: 'invalid reading: not JSON text' };
  if (input.length > MAX_READING_CHARS) return { ok: false, error: `invalid reading: longer than ${MAX_READING_CHARS} characters` };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch {
    return { ok: false, error: 'invalid reading: not JSON text' };
  }
}
