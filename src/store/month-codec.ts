import type { ProductMonthRow, Run, SeriesRuns } from './db';

/**
 * The stored form of a product's months of history (schema version 8): one byte string instead of
 * nested arrays. IndexedDB keeps what the structured clone writes, and that spends 9 bytes on
 * every epoch-millisecond time, a tag on every number and the field names on every row: with a
 * row per month, 54 bytes an observation in Chromium (scale bench); this form, a quarter to a row
 * (quarters.ts), takes 23. Times are differences (from the month's start, then from the run
 * before, and a run's last sighting from its start), prices are whole cents when that gives the
 * same number back, and a value equal to the run before's takes no bytes. Nothing is rounded.
 *
 * The product key is the stored row's, not part of the bytes. A run whose two page texts are both
 * null reads back as a run without them (runOf never writes such a run; readers see null either way).
 *
 * Layout, every integer an unsigned LEB128 varint:
 *   FORMAT, month count, then per month: month index (year * 12 + month - 1), series count,
 *   then per series: skuId (UTF-8 length and bytes), run count, then per run:
 *   flags, at, lastSeenAt, the values the flags announce, the two page texts when flagged.
 * Flags: bits 0-1 price, 2-3 list price, 4-5 stock, each one of VALUE_*; bit 6 the texts follow;
 * bit 7 the two time differences are zigzag-signed (runs out of order or last seen before begun,
 * which the store never writes, kept exactly all the same).
 */
const FORMAT = 1;

const VALUE_NULL = 0;
/** The same number as the run before in the series. */
const VALUE_SAME = 1;
/** Whole cents, as a signed difference from the run before's cents (or from 0). */
const VALUE_CENTS = 2;
/** Any other number, as an IEEE double: nothing is rounded. */
const VALUE_DOUBLE = 3;

const TEXTS = 1 << 6;
const SIGNED_TIMES = 1 << 7;

/** Far above any price, and low enough that a difference of two stays a safe integer when zigzagged. */
const MAX_CENTS = 2 ** 50;

/** `value` in whole cents when that gives back exactly the same number (not -0), else null. */
function centsOf(value: number | null): number | null {
  if (value === null) return null;
  const cents = Math.round(value * 100) + 0;
  return Math.abs(cents) < MAX_CENTS && Object.is(cents / 100, value) ? cents : null;
}

const encoder = new TextEncoder();
/** Doubles go through one shared buffer (a DataView per double cost more than the rest of a run). */
const floatBytes = new Uint8Array(8);
const floatView = new DataView(floatBytes.buffer);
const decoder = new TextDecoder();

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Where rows are written before they are copied out: one buffer, since a typed array costs Chromium far more to make than to fill. */
let scratch = new Uint8Array(4096);

/** Grows as it is written; integers are at most 2^53, so varints use arithmetic, not 32-bit shifts. */
class Writer {
  bytes = scratch;
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = scratch = grown;
  }

  byte(b: number): void {
    this.room(1);
    this.bytes[this.length++] = b;
  }

  uint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not storable as a varint: ${n}`);
    this.room(8);
    while (n >= 0x80) {
      this.bytes[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.bytes[this.length++] = n;
  }

  double(n: number): void {
    this.room(8);
    floatView.setFloat64(0, n, true);
    this.bytes.set(floatBytes, this.length);
    this.length += 8;
  }

  /** UTF-8 without a TextEncoder for ASCII (SKU ids nearly always): Chromium makes each encoder call cost a binding. */
  private utf8(s: string, lengthBias: number): void {
    this.room(s.length + 8);
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) ascii = false;
    if (ascii) {
      this.uint(s.length + lengthBias);
      for (let i = 0; i < s.length; i++) this.bytes[this.length++] = s.charCodeAt(i);
      return;
    }
    const utf8 = encoder.encode(s);
    this.uint(utf8.length + lengthBias);
    this.room(utf8.length);
    this.bytes.set(utf8, this.length);
    this.length += utf8.length;
  }

  text(s: string): void {
    this.utf8(s, 0);
  }

  /** A string or null: 0 is null, else the UTF-8 length plus one. */
  nullableText(s: string | null): void {
    if (s === null) this.byte(0);
    else this.utf8(s, 1);
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('a stored history row ends early');
    return this.bytes[this.at++]!;
  }

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }

  double(): number {
    if (this.at + 8 > this.bytes.length) throw new RangeError('a stored history row ends early');
    floatBytes.set(this.bytes.subarray(this.at, this.at + 8));
    this.at += 8;
    return floatView.getFloat64(0, true);
  }

  private utf8(length: number): string {
    if (this.at + length > this.bytes.length) throw new RangeError('a stored history row ends early');
    const start = this.at;
    this.at += length;
    // SKU ids are digits almost always: reading ASCII by hand spares a TextDecoder call per series.
    let ascii = '';
    for (let i = start; i < start + length; i++) {
      const b = this.bytes[i]!;
      if (b >= 0x80) return decoder.decode(this.bytes.subarray(start, start + length));
      ascii += String.fromCharCode(b);
    }
    return ascii;
  }

  text(): string {
    return this.utf8(this.uint());
  }

  nullableText(): string | null {
    const n = this.uint();
    return n === 0 ? null : this.utf8(n - 1);
  }
}

function monthIndexOf(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (!/^\d{4}-\d{2}$/.test(month) || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`);
  return year * 12 + m - 1;
}

function monthOfIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const monthStartOf = (index: number): number => Date.UTC(Math.floor(index / 12), index % 12, 1);

/** How a value is stored, and the varint that stores it when it is in cents. */
function valueMode(value: number | null, previous: number | null): [mode: number, varint: number] {
  if (value === null) return [VALUE_NULL, 0];
  if (previous !== null && Object.is(value, previous)) return [VALUE_SAME, 0];
  const cents = centsOf(value);
  return cents === null ? [VALUE_DOUBLE, 0] : [VALUE_CENTS, zigzag(cents - (centsOf(previous) ?? 0))];
}

function writeValue(w: Writer, [mode, varint]: [number, number], value: number | null): void {
  if (mode === VALUE_CENTS) w.uint(varint);
  else if (mode === VALUE_DOUBLE) w.double(value!);
}

function readValue(r: Reader, mode: number, previous: number | null): number | null {
  switch (mode) {
    case VALUE_NULL:
      return null;
    case VALUE_SAME:
      if (previous === null) throw new RangeError('a stored history row repeats a value it never had');
      return previous;
    case VALUE_CENTS:
      return (unzigzag(r.uint()) + (centsOf(previous) ?? 0)) / 100;
    default:
      return r.double();
  }
}

function writeSeries(w: Writer, series: SeriesRuns, monthStart: number): void {
  w.text(series.skuId);
  w.uint(series.runs.length);
  let previousAt = monthStart;
  let previous: Run | undefined;
  for (const run of series.runs) {
    const [at, lastSeenAt, price, listPrice, stock] = run;
    const lowStockText = run[5] ?? null;
    const countdownText = run[6] ?? null;
    const texts = lowStockText !== null || countdownText !== null;
    const priceMode = valueMode(price, previous?.[2] ?? null);
    const listMode = valueMode(listPrice, previous?.[3] ?? null);
    const stockMode = valueMode(stock, previous?.[4] ?? null);
    const sinceBefore = at - previousAt;
    const seenFor = lastSeenAt - at;
    const signed = sinceBefore < 0 || seenFor < 0;
    w.byte(priceMode[0] | (listMode[0] << 2) | (stockMode[0] << 4) | (texts ? TEXTS : 0) | (signed ? SIGNED_TIMES : 0));
    w.uint(signed ? zigzag(sinceBefore) : sinceBefore);
    w.uint(signed ? zigzag(seenFor) : seenFor);
    writeValue(w, priceMode, price);
    writeValue(w, listMode, listPrice);
    writeValue(w, stockMode, stock);
    if (texts) {
      w.nullableText(lowStockText);
      w.nullableText(countdownText);
    }
    previousAt = at;
    previous = run;
  }
}

function readSeries(r: Reader, monthStart: number): SeriesRuns {
  const skuId = r.text();
  const runs: Run[] = [];
  let previousAt = monthStart;
  let previous: Run | undefined;
  for (let n = r.uint(); n > 0; n--) {
    const flags = r.byte();
    const signed = (flags & SIGNED_TIMES) !== 0;
    const sinceBefore = signed ? unzigzag(r.uint()) : r.uint();
    const seenFor = signed ? unzigzag(r.uint()) : r.uint();
    const at = previousAt + sinceBefore;
    const run: Run = [
      at,
      at + seenFor,
      readValue(r, flags & 3, previous?.[2] ?? null),
      readValue(r, (flags >> 2) & 3, previous?.[3] ?? null),
      readValue(r, (flags >> 4) & 3, previous?.[4] ?? null),
    ];
    if (flags & TEXTS) run.push(r.nullableText(), r.nullableText());
    runs.push(run);
    previousAt = at;
    previous = run;
  }
  return { skuId, runs };
}

/** The bytes stored for some month rows of one product (their product key is stored beside them). */
export function encodeMonths(rows: readonly ProductMonthRow[]): Uint8Array {
  const w = new Writer();
  w.byte(FORMAT);
  w.uint(rows.length);
  for (const row of rows) {
    const monthIndex = monthIndexOf(row.month);
    w.uint(monthIndex);
    w.uint(row.series.length);
    const monthStart = monthStartOf(monthIndex);
    for (const series of row.series) writeSeries(w, series, monthStart);
  }
  return w.done();
}

/** Stored month rows back as runs: the inverse of encodeMonths, exactly. */
export function decodeMonths(productKey: string, bytes: Uint8Array): ProductMonthRow[] {
  const r = new Reader(bytes);
  const format = r.byte();
  if (format !== FORMAT) throw new RangeError(`a stored history row in an unknown format (${format})`);
  const rows: ProductMonthRow[] = [];
  for (let m = r.uint(); m > 0; m--) {
    const monthIndex = r.uint();
    const monthStart = monthStartOf(monthIndex);
    const series: SeriesRuns[] = [];
    for (let s = r.uint(); s > 0; s--) series.push(readSeries(r, monthStart));
    rows.push({ productKey, month: monthOfIndex(monthIndex), series });
  }
  if (r.at !== bytes.length) throw new RangeError('a stored history row has bytes after its end');
  return rows;
}
