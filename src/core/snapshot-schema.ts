import * as v from 'valibot';
import { TEXT_LIMITS as L } from './product-texts';
import { SITES, type ProductReading, type ProductSnapshot, type ProductTexts, type SnapshotField } from './types';

/**
 * Runtime check of a snapshot crossing a trust boundary (content script -> background). Content
 * scripts run beside page scripts that can forge messages through a compromised page, so the
 * background never trusts the shape. Limits are generous for real pages and stop abuse.
 */
const money = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9)));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const SNAPSHOT_FIELDS = [
  'price',
  'listPrice',
  'couponPrice',
  'skus',
  'expiry',
  'offers',
  'signals',
  'title',
  'category',
] as const satisfies readonly SnapshotField[];

/** Pages are on the web: a `javascript:`, `data:` or `file:` address is never a product page. */
export function isWebAddress(address: string): boolean {
  try {
    const { protocol } = new URL(address);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/));

const SkuSchema = v.object({
  skuId: shortText(64),
  props: v.pipe(
    v.record(shortText(64), shortText(256)),
    v.check((r) => Object.keys(r).length <= 16, 'too many SKU properties'),
  ),
  size: v.nullable(shortText(64)),
  price: money,
  stock: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  available: v.boolean(),
});

const OfferSchema = v.variant('kind', [
  v.object({
    kind: v.literal('threshold'),
    threshold: v.pipe(v.number(), v.minValue(0)),
    discount: v.pipe(v.number(), v.minValue(0)),
    repeat: v.boolean(),
  }),
  v.object({
    kind: v.literal('coupon'),
    amount: v.pipe(v.number(), v.minValue(0)),
    threshold: v.nullable(v.pipe(v.number(), v.minValue(0))),
  }),
  v.object({
    kind: v.literal('percent'),
    minQuantity: v.pipe(v.number(), v.integer(), v.minValue(1)),
    percentOff: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  }),
]);

export const ProductSnapshotSchema = v.object({
  site: v.picklist(SITES),
  itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  url: v.pipe(v.string(), v.url(), v.maxLength(4096), v.check(isWebAddress, 'the address is not an http(s) page')),
  capturedAt: v.pipe(v.string(), v.isoTimestamp()),
  title: v.nullable(shortText(1000)),
  shop: v.nullable(shortText(500)),
  image: v.nullable(shortText(4096)),
  category: v.picklist(['food', 'cosmetics', 'apparel', 'shoes', 'electronics', 'other']),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  price: money,
  priceMax: money,
  listPrice: money,
  couponPrice: money,
  skus: v.pipe(v.array(SkuSchema), v.maxLength(5000)),
  expiry: v.nullable(
    v.object({
      shelfLife: v.optional(v.object({ value: v.pipe(v.number(), v.minValue(0)), unit: v.picklist(['day', 'month', 'year']) })),
      producedFrom: v.optional(isoDate),
      producedTo: v.optional(isoDate),
      expiresOn: v.optional(isoDate),
    }),
  ),
  offers: v.pipe(v.array(OfferSchema), v.maxLength(100)),
  signals: v.object({
    lowStockText: v.nullable(shortText(500)),
    countdownText: v.nullable(shortText(500)),
    returnPolicy: v.nullable(v.picklist(['7day', 'no-7day'])),
    defectWords: v.pipe(v.array(shortText(64)), v.maxLength(50)),
    socialProofText: v.nullable(shortText(500)),
    releasedOn: v.nullable(shortText(32)),
    upsellOffers: v.optional(
      v.pipe(
        v.array(
          v.object({
            text: shortText(300),
            price: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9)),
            tags: v.pipe(v.array(shortText(64)), v.maxLength(10)),
          }),
        ),
        v.maxLength(20),
      ),
    ),
  }),
  warnings: v.pipe(v.array(shortText(1000)), v.maxLength(100)),
  confidence: v.optional(v.record(v.picklist(SNAPSHOT_FIELDS), v.picklist(['high', 'low']))),
});

const names = v.pipe(v.array(shortText(L.categoryName)), v.maxLength(L.categoryNames));

/** The texts a content script hands over for the background to read (fitTexts keeps a real page's within these). */
export const ProductTextsSchema = v.object({
  expiry: v.pipe(
    v.array(
      v.object({
        source: shortText(L.sourceName),
        lines: v.pipe(
          v.array(shortText(L.expiryLine)),
          v.maxLength(L.expiryLines),
          v.check((lines) => lines.reduce((n, line) => n + line.length, 0) <= L.expiryChars, 'parameter lines too long'),
        ),
      }),
    ),
    v.maxLength(L.expirySources),
  ),
  categoryPath: names,
  breadcrumbs: names,
  signalText: shortText(L.signalText),
  offerText: v.nullable(shortText(L.offerText)),
});

export const ProductReadingSchema = v.object({ snapshot: ProductSnapshotSchema, texts: v.nullable(ProductTextsSchema) });

// Keeps the schemas and the hand-written contracts from drifting apart.
type Same<A, B> = A extends B ? (B extends A ? true : never) : never;
export const schemaMatchesContract: Same<v.InferOutput<typeof ProductSnapshotSchema>, ProductSnapshot> = true;
export const textsMatchContract: Same<v.InferOutput<typeof ProductTextsSchema>, ProductTexts> = true;

export type SnapshotCheck = { ok: true; snapshot: ProductSnapshot } | { ok: false; error: string };

export function checkSnapshot(input: unknown): SnapshotCheck {
  const result = v.safeParse(ProductSnapshotSchema, input);
  if (result.success) return { ok: true, snapshot: result.output };
  return { ok: false, error: describeIssue('invalid snapshot', result.issues) };
}

export type ReadingCheck = { ok: true; reading: ProductReading } | { ok: false; error: string };

/** A content script's reading of a product page: its snapshot and the texts left to interpret. */
export function checkReading(input: unknown): ReadingCheck {
  const result = v.safeParse(ProductReadingSchema, input);
  if (result.success) return { ok: true, reading: result.output };
  return { ok: false, error: describeIssue('invalid reading', result.issues) };
}

function describeIssue(what: string, issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${what}${path ? ` at ${path}` : ''}: ${first?.message ?? 'unknown problem'}`;
}
