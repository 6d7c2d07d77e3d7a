import type { ProductMonthRow, ProductQuarterRow } from './db';
import { decodeMonths, encodeMonths } from './month-codec';

/**
 * Since schema version 8 a product's month rows are stored three months to a row, encoded
 * (month-codec.ts). Every stored row costs about 100 bytes in IndexedDB whatever it holds (its key
 * twice, the record's framing): with a row per month that was 13 bytes an observation on its own.
 * The months inside stay what the rest of the store reads and writes (ProductMonthRow).
 */

/** The quarter a month ('2026-11') is stored in, named by its first month ('2026-10'). */
export function quarterOf(month: string): string {
  const first = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${month.slice(0, 4)}-${String(first).padStart(2, '0')}`;
}

/** The stored row of one product's months of one quarter, oldest month first. */
export function quarterRowOf(productKey: string, quarter: string, months: readonly ProductMonthRow[]): ProductQuarterRow {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return { productKey, quarter, months: encodeMonths(sorted) };
}

export const monthsOf = (row: ProductQuarterRow): ProductMonthRow[] => decodeMonths(row.productKey, row.months);

/** Month rows of any products grouped into their stored quarter rows (months of a row with no runs left out). */
export function quarterRowsOf(months: Iterable<ProductMonthRow>): ProductQuarterRow[] {
  const groups = new Map<string, { productKey: string; quarter: string; months: ProductMonthRow[] }>();
  for (const row of months) {
    if (row.series.length === 0) continue;
    const quarter = quarterOf(row.month);
    const id = `${row.productKey}\u0000${quarter}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { productKey: row.productKey, quarter, months: [] }));
    group.months.push(row);
  }
  return [...groups.values()].map((g) => quarterRowOf(g.productKey, g.quarter, g.months));
}
