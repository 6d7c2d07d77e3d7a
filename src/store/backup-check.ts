import * as v from 'valibot';
import { describeIssue } from '../promo';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupSchema,
  BackupTablesSchema,
  isSoundObservation,
  MAX_OBSERVATIONS,
  type BackupFile,
  type BackupTables,
} from './backup-schema';
import type { ProductMonthRow, SeriesRuns } from './db';
import { monthOf, runOf, seriesIn } from './runs';

/**
 * Checking a backup file before anything of it is stored (src/store/backup.ts restores it). A
 * restore checks the products first and the rest while the database writes them
 * (`checkBackupProducts`, `checkBackupRest`); `parseBackup` checks all at once and says what is
 * wrong with a refused file, whichever way it was checked.
 */

/** Chrome passes extension messages of up to 64 MiB; a file larger than that cannot arrive anyway. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

/** A sound backup, with its observations already grouped as the store keeps them (`months`). */
export type BackupCheck = { ok: true; backup: BackupFile; months: ProductMonthRow[] } | { ok: false; error: string };

type Refusal = { ok: false; error: string };
const refuse = (detail: string): Refusal => ({ ok: false, error: `备份文件无效 / Invalid backup: ${detail}` });

/** Keys that would reach an object's prototype if some later code copied the object naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any row of a backup nests (a snapshot's SKU props sit at 7). */
const MAX_BACKUP_DEPTH = 32;

/**
 * The first forbidden key (`__proto__`, …) in the file, or a path nested deeper than a backup
 * ever is. Walks with its own stack: a file nested 100,000 deep is refused, not a stack overflow.
 */
function forbiddenKeyPath(root: unknown, rootPath: string): string | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_BACKUP_DEPTH) return `${path}: nested deeper than ${MAX_BACKUP_DEPTH} levels`;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    const bad = keys.find((key) => FORBIDDEN_KEYS.has(key));
    if (bad !== undefined) return `${path}.${bad}`;
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: `${path}.${keys[i]}`, depth: depth + 1 });
    }
  }
  return null;
}

function forbiddenIssue(data: unknown): string | null {
  const forbidden = forbiddenKeyPath(data, '$');
  if (forbidden === null) return null;
  if (forbidden.endsWith(' levels')) return forbidden.slice(2);
  return `${forbidden.slice(2)}: the key "${forbidden.slice(forbidden.lastIndexOf('.') + 1)}" is not allowed`;
}

/**
 * Whether the text could hold a forbidden key. JSON spells a key either as it is or with \u
 * escapes (no other escape makes a letter or `_`), so a file with neither cannot: walking a
 * million parsed values to learn that took longer than checking them all with the schema.
 */
const mayHoldForbiddenKey = (text: string) => text.includes('\\u') || /"(?:__proto__|constructor|prototype)"/.test(text);

function firstDuplicate<T>(items: readonly T[], keyOf: (item: T) => string | number): string | number | null {
  const seen = new Set<string | number>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

/** Runs of a series start at distinct times (monthRowsOf checks); a refused file is searched for its first twin. */
const observationKey = (o: BackupTables['observations'][number]) => `${o.productKey} ${o.skuId} ${Date.parse(o.at)}`;

/** The first two rows that are one; `observationTwins` when monthRowsOf found two runs of a series that start together. */
function duplicateIssue(t: BackupTables, observationTwins: boolean): string | null {
  const checks: Array<[string, string | number | null]> = [
    ['products: two rows for product', firstDuplicate(t.products, (p) => p.key)],
    ['skus: two rows for SKU', firstDuplicate(t.skus, (s) => `${s.productKey} ${s.skuId}`)],
    ['observations: two runs start at the same time for', observationTwins ? firstDuplicate(t.observations, observationKey) : null],
    ['cartItems: two rows with id', firstDuplicate(t.cartItems, (c) => c.id)],
    ['watches: two rows with id', firstDuplicate(t.watches, (w) => w.id)],
    ['notifications: two rows with id', firstDuplicate(t.notifications, (n) => n.id)],
    ['notifications: two rows with eventKey', firstDuplicate(t.notifications, (n) => n.eventKey)],
    ['purchases: two rows with id', firstDuplicate(t.purchases ?? [], (p) => p.id)],
    ['purchases: two rows for order line', firstDuplicate(t.purchases ?? [], (p) => p.lineKey)],
  ];
  const found = checks.find(([, key]) => key !== null);
  return found ? `${found[0]} ${found[1]}` : null;
}

/** The file's JSON object, its format and version known and no forbidden key in it; or why not. */
export function readBackupJson(text: string): { ok: true; data: Record<string, unknown>; text: string } | Refusal {
  if (text.length > MAX_BACKUP_CHARS) return refuse(`the file is too large (${Math.round(text.length / 1048576)} MB; at most 64 MB)`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse('not a backup object');
  const { format, version } = data as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) return refuse(`not a 返场雷达 backup (format ${JSON.stringify(format)?.slice(0, 60) ?? 'missing'})`);
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return refuse(`made by a newer version of the extension (backup version ${version}; this one reads version ${BACKUP_VERSION})`);
  }
  if (version !== BACKUP_VERSION) return refuse(`unknown backup version ${JSON.stringify(version)?.slice(0, 60) ?? 'missing'}`);
  // A file that may name a forbidden key is walked first, as its error comes first. Otherwise the
  // schema bounds the depth (it nests no deeper than MAX_BACKUP_DEPTH) and finds no such key:
  // only a file it refuses is walked (checkedBackup), for the same error as a walk first.
  if (mayHoldForbiddenKey(text)) {
    const forbidden = forbiddenIssue(data);
    if (forbidden) return refuse(forbidden);
  }
  return { ok: true, data: data as Record<string, unknown>, text };
}

/** The whole file checked against the schema, with no two rows that are one. */
function checkedBackup(data: unknown): BackupCheck {
  const backup = soundObservationsBackup(data) ?? v.safeParse(BackupSchema, data);
  if (!backup.success) return refuse(forbiddenIssue(data) ?? describeIssue(backup.issues));
  const months = monthRowsOf(backup.output.tables.observations);
  const duplicate = duplicateIssue(backup.output.tables, months === null);
  if (duplicate !== null || months === null) return refuse(duplicate ?? 'observations: two runs start at the same time');
  return { ok: true, backup: backup.output, months };
}

/**
 * The schema's answer for a file whose observations all pass `isSoundObservation`: the schema
 * checks the rest and the observations are taken as they are. Null otherwise, when the schema
 * checks all (and says which row is wrong).
 */
function soundObservationsBackup(data: unknown): v.SafeParseResult<typeof BackupSchema> | null {
  const tables = (data as { tables?: unknown }).tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return null;
  const { observations } = tables as { observations?: unknown };
  if (!Array.isArray(observations) || observations.length > MAX_OBSERVATIONS || !observations.every(isSoundObservation)) return null;
  const rest = v.safeParse(BackupSchema, { ...data!, tables: { ...tables, observations: [] } });
  if (rest.success) rest.output.tables.observations = observations as BackupTables['observations'];
  return rest;
}

/** Reads and checks a backup file's text; the error says what is wrong and where. */
export function parseBackup(text: string): BackupCheck {
  const read = readBackupJson(text);
  return read.ok ? checkedBackup(read.data) : read;
}

type ReadBackup = Extract<ReturnType<typeof readBackupJson>, { ok: true }>;
type Products = BackupTables['products'];

/**
 * The file's products, checked as `parseBackup` checks them; null when they are refused, and
 * `parseBackup` says why (another table's error may come first).
 */
export function checkBackupProducts({ data }: ReadBackup): Products | null {
  const tables = data.tables as Record<string, unknown> | undefined;
  const checked = v.safeParse(BackupTablesSchema.entries.products, tables?.products);
  if (!checked.success || firstDuplicate(checked.output, (p) => p.key) !== null) return null;
  return checked.output;
}

/** The rest of the file once `checkBackupProducts` passed: `parseBackup`'s answer, at a fraction of the work. */
export function checkBackupRest({ data, text }: ReadBackup, products: Products): BackupCheck {
  const tables = data.tables as Record<string, unknown>;
  const rest = checkedBackup({ ...data, tables: { ...tables, products: [] } });
  if (!rest.ok) return parseBackup(text);
  const backup = { ...rest.backup, tables: { ...rest.backup.tables, products } };
  return { ok: true, backup, months: rest.months };
}

/**
 * The observations as the store keeps them, a row per product and month; null when two runs of a
 * series start at the same time.
 */
export function monthRowsOf(observations: BackupTables['observations']): ProductMonthRow[] | null {
  const rows: ProductMonthRow[] = [];
  // Rows by product, then by the month's first millisecond: no date is formatted and no map key
  // built per run. A backup lists a product's runs together and a series' runs in time order, so
  // most runs fall in the month, row and series of the one before, found by comparing.
  const products = new Map<string, Map<number, ProductMonthRow>>();
  let productKey: string | undefined;
  let product = new Map<number, ProductMonthRow>();
  let monthStart = 0;
  let monthEnd = -1;
  let row: ProductMonthRow | undefined;
  let series: SeriesRuns | undefined;
  for (const o of observations) {
    const at = Date.parse(o.at);
    let moved = false;
    if (!(at >= monthStart && at < monthEnd)) {
      const start = new Date(at);
      monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      monthEnd = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
      moved = true;
    }
    if (o.productKey !== productKey) {
      productKey = o.productKey;
      let known = products.get(productKey);
      if (!known) products.set(productKey, (known = new Map<number, ProductMonthRow>()));
      product = known;
      moved = true;
    }
    if (moved) {
      const found = product.get(monthStart);
      if (found !== row) series = undefined;
      row = found;
      if (!row) {
        product.set(monthStart, (row = { productKey, month: monthOf(monthStart), series: [] }));
        rows.push(row);
      }
    }
    if (series?.skuId !== o.skuId) series = seriesIn(row!, o.skuId);
    series.runs.push(runOf(o, at, Date.parse(o.lastSeenAt)));
  }
  for (const { series } of rows) {
    for (const { runs } of series) {
      let sorted = true;
      for (let i = 1; i < runs.length && sorted; i++) sorted = runs[i - 1]![0] < runs[i]![0];
      if (sorted) continue;
      runs.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < runs.length; i++) if (runs[i - 1]![0] === runs[i]![0]) return null;
    }
  }
  return rows;
}
