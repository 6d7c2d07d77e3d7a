import { WATCH_KINDS } from '../core/watch-kind';
import * as v from 'valibot';
import { isWebAddress, ProductSnapshotSchema } from '../core/snapshot-schema';
import { SITES } from '../core/types';
import { IsoInstantSchema } from '../promo';
import { ISO_INSTANT } from '../promo/time';

/**
 * The backup file, checked before anything is written. A backup comes from outside (another
 * browser, an old version, or someone's crafted file), so every row is a strict object (unknown
 * keys, `__proto__` among them, are refused), every string and list has a bound, and prices are
 * finite and not negative. Derived data (search grams) is not in the file; it is rebuilt.
 */
export const BACKUP_FORMAT = 'fanchang-radar-backup';
export const BACKUP_VERSION = 1;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const time = IsoInstantSchema;
const money = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0, 'a price cannot be negative'), v.maxValue(1e9)));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const rowId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
const rows = <T extends v.GenericSchema>(row: T, max: number) => v.pipe(v.array(row), v.maxLength(max, `more than ${max} rows`));

const ProductSchema = v.pipe(
  v.strictObject({
    key: id,
    site: v.picklist(SITES),
    itemId: text(128),
    title: v.nullable(text(1000)),
    shop: v.nullable(text(500)),
    firstSeenAt: time,
    lastSeenAt: time,
    snapshot: ProductSnapshotSchema,
  }),
  v.check(
    (p) => p.key === `${p.site}:${p.itemId}` && p.snapshot.site === p.site && p.snapshot.itemId === p.itemId,
    'key, site and itemId disagree',
  ),
);

const NormalizedSizeSchema = v.strictObject({
  system: v.picklist(['one-size', 'letter', 'body', 'foot', 'waist']),
  label: text(64),
  letter: v.optional(v.pipe(v.number(), v.finite())),
  heightCm: v.optional(v.pipe(v.number(), v.finite())),
  girthCm: v.optional(v.pipe(v.number(), v.finite())),
  bodyType: v.optional(v.picklist(['Y', 'A', 'B', 'C'])),
  footMm: v.optional(v.pipe(v.number(), v.finite())),
  waistCm: v.optional(v.pipe(v.number(), v.finite())),
  oneSize: v.optional(v.literal(true)),
});

const SkuSchema = v.strictObject({
  productKey: id,
  skuId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  props: v.pipe(
    v.record(text(64), text(256)),
    v.check((r) => Object.keys(r).length <= 16, 'too many SKU properties'),
  ),
  sizeLabel: v.nullable(text(64)),
  size: v.nullable(NormalizedSizeSchema),
  firstSeenAt: time,
});

export const ObservationSchema = v.pipe(
  v.strictObject({
    productKey: id,
    skuId: text(64),
    at: time,
    lastSeenAt: time,
    price: money,
    listPrice: money,
    stock: v.nullable(count),
    lowStockText: v.optional(text(500)),
    countdownText: v.optional(text(500)),
  }),
  v.check((o) => Date.parse(o.at) <= Date.parse(o.lastSeenAt), 'lastSeenAt is before at'),
);

export const MAX_OBSERVATIONS = 10_000_000;

const OBSERVATION_KEYS = new Set(Object.keys(ObservationSchema.entries));
const isMoney = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1e9);
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e9;
const isText = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;

/**
 * ObservationSchema's rules, without the schema's copy of the row: observations are the bulk of a
 * backup, and checking them so took a fraction of the time. True only for a row the schema takes
 * as it is (test/store/backup-schema.test.ts holds the two together); a row it does not take goes
 * through the schema, which says why.
 */
export function isSoundObservation(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  for (const key in row) if (!OBSERVATION_KEYS.has(key)) return false;
  const o = row as Record<string, unknown>;
  return (
    typeof o.productKey === 'string' &&
    o.productKey.length >= 1 &&
    o.productKey.length <= 200 &&
    isText(o.skuId, 64) &&
    typeof o.at === 'string' &&
    ISO_INSTANT.test(o.at) &&
    typeof o.lastSeenAt === 'string' &&
    ISO_INSTANT.test(o.lastSeenAt) &&
    isMoney(o.price) &&
    isMoney(o.listPrice) &&
    (o.stock === null || isCount(o.stock)) &&
    (o.lowStockText === undefined || isText(o.lowStockText, 500)) &&
    (o.countdownText === undefined || isText(o.countdownText, 500)) &&
    // isIsoInstant's other half: both parse (NaN is not <=), and the run does not end before it starts.
    Date.parse(o.at) <= Date.parse(o.lastSeenAt)
  );
}

const CartItemSchema = v.strictObject({
  id: rowId,
  site: v.picklist(SITES),
  itemId: text(128),
  productKey: id,
  skuId: v.nullable(text(64)),
  quantity: v.pipe(count, v.minValue(1)),
  price: money,
  addedAt: time,
  promoEventId: v.nullable(text(80)),
  source: v.picklist(['product-page', 'cart-page']),
});

const WatchSchema = v.strictObject({
  id: rowId,
  productKey: id,
  skuId: v.nullable(text(64)),
  kind: v.picklist([...WATCH_KINDS, 'protect']),
  targetPrice: money,
  sizeLabel: v.nullable(text(64)),
  status: v.picklist(['active', 'paused']),
  createdAt: time,
  auto: v.boolean(),
  lastCheckedAt: v.nullable(time),
  nextCheckAt: time,
  failureCount: count,
});

const NotificationSchema = v.strictObject({
  id: rowId,
  watchId: v.nullable(rowId),
  productKey: v.nullable(id),
  kind: v.picklist(['restock', 'price', 'fanchang', 'host-blocked', 'storage-pruned', 'price-protect']),
  eventKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  title: text(500),
  body: text(2000),
  sentAt: time,
  // What an alert opens: a web page, never `data:`, `file:` or `chrome:` (alerts.ts checks more).
  url: v.nullable(v.pipe(text(4096), v.check(isWebAddress, 'an alert opens only http(s) pages'))),
});

const digits = v.pipe(v.string(), v.regex(/^\d{1,30}$/));

/** A purchase holds what the order page showed of one line, and nothing personal (src/store/purchases.ts). */
const PurchaseSchema = v.pipe(
  v.strictObject({
    id: rowId,
    lineKey: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
    productKey: id,
    site: v.picklist(['jd', 'taobao', 'tmall', 'pinduoduo']),
    itemId: digits,
    skuId: v.nullable(digits),
    unitPrice: money,
    quantity: v.pipe(count, v.minValue(1), v.maxValue(9999)),
    orderedAt: time,
    shop: v.nullable(text(200)),
    orderRef: v.nullable(v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/))),
    source: v.picklist(['order-page', 'manual']),
    recordedAt: time,
    status: v.picklist(['open', 'claimed', 'dismissed']),
    claimedAmount: money,
    closedAt: v.nullable(time),
  }),
  v.check((p) => p.productKey === `${p.site}:${p.itemId}`, 'key, site and itemId disagree'),
);

export const BackupTablesSchema = v.strictObject({
  products: rows(ProductSchema, 200_000),
  skus: rows(SkuSchema, 2_000_000),
  observations: rows(ObservationSchema, MAX_OBSERVATIONS),
  cartItems: rows(CartItemSchema, 100_000),
  watches: rows(WatchSchema, 100_000),
  notifications: rows(NotificationSchema, 1_000_000),
  /**
   * Since schema version 6. Optional, so backups made before it still restore, and a backup with
   * no purchases is the same file as before.
   */
  purchases: v.optional(rows(PurchaseSchema, 200_000)),
});

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: time,
  tables: BackupTablesSchema,
});

export type BackupFile = v.InferOutput<typeof BackupSchema>;
export type BackupTables = BackupFile['tables'];
