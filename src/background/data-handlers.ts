import { now } from '../core/clock';
import * as v from 'valibot';
import { interpretReading } from '../adapters/interpret';
import { parseReadingText } from '../core/reading-text';
import { checkReading } from '../core/snapshot-schema';
import { SITES, type ProductSnapshot, type Site } from '../core/types';
import type { BackupExport, BackupImport, BackupProgress, CartAddResult, CartImportResult, DataFailure } from '../messaging/data-messages';
import { sendMessage } from '../messaging/protocol';
import { describeIssue, type PromoEvent } from '../promo';
import {
  deleteAllData,
  exportBackup,
  getWatchlist,
  importBackupText,
  importCartPage,
  ingestSnapshot,
  MAX_BACKUP_CHARS,
  recordCartAdd,
  searchProducts,
  type BackupCounts,
  type ProductSearchHit,
  type RadarDatabase,
  type WatchlistGroup,
} from '../store';
import { clearAllSettings, readPromoCalendar, readShopperProfile } from '../store/settings';
import { putTransfer, takeTransfer, transferText } from '../store/transfer';
import { judgeSnapshot } from '../traps/judge';
import type { ShopperProfile } from '../traps/types';
import { createTabRateLimit } from './ingest-limiter';
import { cartLinesMismatch, productMismatch, snapshotMismatch } from './page-match';
import { onContentScriptMessage, onExtensionPageMessage, type SenderPage } from './senders';
import { withStoragePressureRelief } from './storage-pressure';

/** What the handlers need from outside the database; tests pass their own. */
export interface DataContext {
  /** The promo calendar in force (defaults with the shopper's events). */
  events(): Promise<readonly PromoEvent[]>;
  profile(): Promise<ShopperProfile>;
  now(): Date;
  clearSettings(): Promise<void>;
  /** Tells the options page how far an import or export has got. */
  progress(report: BackupProgress): void;
}

export const extensionDataContext: DataContext = {
  events: async () => (await readPromoCalendar()).events,
  profile: readShopperProfile,
  now,
  clearSettings: clearAllSettings,
  // No page listening (it was closed) is no reason to stop the import.
  progress: (report) => void sendMessage('backupProgress', report).catch(() => {}),
};

const money = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9)));
const quantity = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999));
const skuId = v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64)));
const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(128));

// Content scripts run beside the shop's own scripts: nothing they send is trusted.
const CartAddSchema = v.strictObject({
  product: v.union([v.strictObject({ reading: v.string() }), v.strictObject({ site: v.picklist(SITES), itemId })]),
  skuId,
  quantity,
  price: money,
});

const CartPageSchema = v.strictObject({
  lines: v.pipe(v.array(v.strictObject({ site: v.picklist(SITES), itemId, skuId, price: money, quantity })), v.maxLength(500)),
});

const SearchSchema = v.strictObject({
  query: v.string(),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
});

const refused = (what: string, issues: readonly v.BaseIssue<unknown>[]): DataFailure => ({
  ok: false,
  error: `${what}: ${describeIssue(issues)}`,
});
const failed = (what: string, error: unknown): DataFailure => ({
  ok: false,
  error: `${what}: ${error instanceof Error ? error.message : String(error)}`,
});

/**
 * `page`: the sender tab's address when a content script sent the add; the product must be the
 * one on that page.
 */
export async function handleRecordCartAdd(db: RadarDatabase, input: unknown, ctx: DataContext, page?: SenderPage): Promise<CartAddResult> {
  const checked = v.safeParse(CartAddSchema, input);
  if (!checked.success) return refused('invalid cart add', checked.issues);
  const { product: sent, ...line } = checked.output;
  let product: { snapshot: ProductSnapshot } | { site: Site; itemId: string };
  if ('reading' in sent) {
    const parsed = parseReadingText(sent.reading);
    const reading = parsed.ok ? checkReading(parsed.value) : parsed;
    if (!reading.ok) return { ok: false, error: `invalid cart add: ${reading.error}` };
    product = { snapshot: interpretReading(reading.reading) };
  } else product = sent;
  if (page) {
    const mismatch = 'snapshot' in product ? snapshotMismatch(product.snapshot, page.url) : productMismatch(product, page.url);
    if (mismatch) return { ok: false, error: `not this tab's product: ${mismatch}` };
  }
  // No more than the page's own stock of the SKU goes into the cart; with the stock unknown, no
  // more than MAX_ADD_WITHOUT_STOCK (a page's 9999 would otherwise read as hoarding).
  const stock = 'snapshot' in product ? product.snapshot.skus.find((s) => s.skuId === line.skuId)?.stock : null;
  line.quantity = Math.min(line.quantity, typeof stock === 'number' && stock > 0 ? stock : MAX_ADD_WITHOUT_STOCK);
  try {
    const [events, now] = [await ctx.events(), ctx.now()];
    const item = await withStoragePressureRelief(
      db,
      async () => {
        // The snapshot at the add is the freshest reading of the product: keep it too.
        if ('snapshot' in product) await ingestSnapshot(db, product.snapshot, { events });
        return recordCartAdd(db, { product: 'snapshot' in product ? product : { key: product }, ...line, at: now.toISOString() }, events);
      },
      { events, now: ctx.now },
    );
    return { ok: true, cartItemId: item.id, promoEventId: item.promoEventId };
  } catch (error) {
    return failed('could not record the cart add', error);
  }
}

export async function handleImportCartPage(
  db: RadarDatabase,
  input: unknown,
  ctx: DataContext,
  page?: SenderPage,
): Promise<CartImportResult> {
  const checked = v.safeParse(CartPageSchema, input);
  if (!checked.success) return refused('invalid cart page', checked.issues);
  const mismatch = page && cartLinesMismatch(checked.output.lines, page.url);
  if (mismatch) return { ok: false, error: `not this tab's cart: ${mismatch}` };
  try {
    const events = await ctx.events();
    const result = await withStoragePressureRelief(db, () => importCartPage(db, checked.output.lines, ctx.now().toISOString(), events), {
      events,
      now: ctx.now,
    });
    return { ok: true, added: result.added.length, alreadyTracked: result.alreadyTracked };
  } catch (error) {
    return failed('could not import the cart page', error);
  }
}

const TransferRequestSchema = v.strictObject({ transferId: v.pipe(v.string(), v.uuid()) });

export async function handleExportBackup(db: RadarDatabase, input: unknown, ctx: DataContext): Promise<BackupExport> {
  const checked = v.safeParse(TransferRequestSchema, input);
  if (!checked.success) return refused('invalid export request', checked.issues);
  const { transferId } = checked.output;
  try {
    const now = ctx.now();
    ctx.progress({ transferId, phase: 'reading', done: 0, total: 1 });
    const backup = await exportBackup(db, now);
    const counts = Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length])) as BackupCounts;
    ctx.progress({ transferId, phase: 'writing', done: 0, total: 1 });
    // A Blob: the page hands it to the download as it is, without reading 10s of MB on its main thread.
    await putTransfer(transferId, new Blob([JSON.stringify(backup)], { type: 'application/json' }));
    return { ok: true, fileName: `fanchang-radar-backup-${now.toISOString().slice(0, 10)}.json`, counts };
  } catch (error) {
    return failed('could not export', error);
  }
}

export async function handleImportBackup(db: RadarDatabase, input: unknown, ctx: DataContext): Promise<BackupImport> {
  const checked = v.safeParse(TransferRequestSchema, input);
  if (!checked.success) return refused('invalid backup request', checked.issues);
  const { transferId } = checked.output;
  let text: string;
  try {
    ctx.progress({ transferId, phase: 'reading', done: 0, total: 1 });
    const file = await takeTransfer(transferId);
    if (file === null) return { ok: false, error: 'the backup file did not arrive' };
    if (typeof file !== 'string' && file.size > MAX_BACKUP_CHARS * 3)
      return { ok: false, error: `备份文件无效 / Invalid backup: the file is too large (${Math.round(file.size / 1048576)} MB)` };
    text = await transferText(file);
  } catch (error) {
    return failed('could not read the backup file', error);
  }
  return importBackupText(db, text, (phase, done, total) => ctx.progress({ transferId, phase, done, total }));
}

export async function handleDeleteAllData(db: RadarDatabase, ctx: DataContext): Promise<{ ok: true } | DataFailure> {
  try {
    await Promise.all([deleteAllData(db), ctx.clearSettings()]);
    return { ok: true };
  } catch (error) {
    return failed('could not delete everything', error);
  }
}

export async function handleSearchProducts(db: RadarDatabase, input: unknown): Promise<ProductSearchHit[]> {
  const checked = v.safeParse(SearchSchema, input);
  return checked.success ? searchProducts(db, checked.output.query, checked.output.limit) : [];
}

/** Traps worth the shopper's attention: dangers and warnings, not the good news or notes. */
const needsAttention = (severity: string) => severity === 'danger' || severity === 'warn';

export async function handleGetWatchlist(db: RadarDatabase, ctx: DataContext): Promise<WatchlistGroup[]> {
  const [events, profile] = await Promise.all([ctx.events(), ctx.profile()]);
  const now = ctx.now();
  return getWatchlist(db, {
    events,
    sizes: profile.sizes,
    now,
    countTraps: ({ snapshot, history, cartAdds }) =>
      judgeSnapshot(snapshot, { now, history, cartAdds, profile, events }).traps.filter((t) => needsAttention(t.severity)).length,
  });
}

/** One add of a SKU whose stock the page does not show: more than a shopper's year of anything. */
const MAX_ADD_WITHOUT_STOCK = 200;

/** More presses than a shopper makes in a minute on one page. */
const CART_ADDS_PER_MINUTE = 10;

/** Registers the store's message handlers: one call from the background's start. */
export function registerDataHandlers(db: RadarDatabase, ctx: DataContext = extensionDataContext): void {
  const cartAdds = createTabRateLimit(CART_ADDS_PER_MINUTE);
  onContentScriptMessage('recordCartAdd', (data, page) =>
    cartAdds(page.tabId, ctx.now().getTime())
      ? handleRecordCartAdd(db, data, ctx, page)
      : { ok: false as const, error: 'too many cart adds from this tab; try again in a minute' },
  );
  onContentScriptMessage('importCartPage', (data, page) => handleImportCartPage(db, data, ctx, page));
  onExtensionPageMessage('exportBackup', (data) => handleExportBackup(db, data, ctx));
  onExtensionPageMessage('importBackup', (data) => handleImportBackup(db, data, ctx));
  onExtensionPageMessage('deleteAllData', () => handleDeleteAllData(db, ctx));
  onExtensionPageMessage('searchProducts', (data) => handleSearchProducts(db, data));
  onExtensionPageMessage('getWatchlist', () => handleGetWatchlist(db, ctx));
}
