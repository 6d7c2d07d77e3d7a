import type { ProductMonthRow } from '../../src/store/db';
import { decodeMonths } from '../../src/store/month-codec';

/** A productQuarters row as readStore hands it over: its bytes as an array of numbers. */
export interface StoredQuarterRow {
  productKey: string;
  quarter: string;
  months: number[];
}

/** The month rows of the product `key` as the store holds them, oldest first. */
export function storedMonths(rows: readonly StoredQuarterRow[], key: string): ProductMonthRow[] {
  return rows.filter((r) => r.productKey === key).flatMap((r) => decodeMonths(r.productKey, Uint8Array.from(r.months)));
}
