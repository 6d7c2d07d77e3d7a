import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describeIssue, IsoInstantSchema, UserEventEntrySchema } from '../promo';

/**
 * The CLI's input files (docs/contracts.md), checked before use: a file that is missing, not JSON or
 * the wrong shape stops the run with one line that says which file and what is wrong.
 */
export class InputError extends Error {}

const money = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const shortText = v.pipe(v.string(), v.maxLength(500));

/** H.json: earlier observations of this product. */
export const HistorySchema = v.array(
  v.strictObject({
    at: IsoInstantSchema,
    price: money,
    listPrice: v.optional(money),
    skuId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    stock: v.optional(count),
    lowStockText: v.optional(shortText),
    countdownText: v.optional(shortText),
  }),
);

/** C.json: cart adds of this product during a promo. */
export const CartAddsSchema = v.array(
  v.strictObject({
    addedAt: IsoInstantSchema,
    price: money,
    skuId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    quantity: v.optional(v.pipe(count, v.minValue(1))),
  }),
);

/** The other tracked cart items, for 满减 fillers. */
export const CartItemsSchema = v.array(
  v.strictObject({
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    title: v.pipe(v.string(), v.maxLength(1000)),
    price: money,
    quantity: v.pipe(count, v.minValue(1)),
  }),
);

/** S.json: social-proof claims seen before, on this and other products (issue 17). */
export const ClaimSightingsSchema = v.array(
  v.strictObject({
    productKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    shop: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500)))),
    text: shortText,
    where: v.optional(v.picklist(['product', 'recommended'])),
    at: IsoInstantSchema,
  }),
);

const days = v.pipe(v.number(), v.finite(), v.minValue(0));
const ratio = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const perMonth = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0)));

const ThresholdOverridesSchema = v.strictObject({
  nearExpiryDays: v.optional(v.strictObject({ food: v.optional(days), cosmetics: v.optional(days) })),
  lingqiBands: v.optional(v.array(v.strictObject({ minShelfLifeDays: days, days }))),
  samePriceYuan: v.optional(money),
  samePriceRatio: v.optional(ratio),
  weakDiscountRatio: v.optional(ratio),
  priorPriceDays: v.optional(v.strictObject({ cn: v.optional(days), eu: v.optional(days) })),
  fakeScarcityStock: v.optional(count),
  hoardingMonths: v.optional(days),
  monthlyUse: v.optional(
    v.strictObject({
      food: v.optional(perMonth),
      cosmetics: v.optional(perMonth),
      apparel: v.optional(perMonth),
      shoes: v.optional(perMonth),
      electronics: v.optional(perMonth),
      other: v.optional(perMonth),
    }),
  ),
  fillerGapRatio: v.optional(ratio),
  fillerMaxItems: v.optional(v.pipe(count, v.minValue(1), v.maxValue(5))),
  oldModelMonths: v.optional(days),
  sizeRunEndSizes: v.optional(v.pipe(count, v.minValue(1))),
  upsellMaxRatio: v.optional(ratio),
  socialProofRepeatProducts: v.optional(v.pipe(count, v.minValue(2))),
  urgencyNeverEndsDays: v.optional(days),
});

const sizeLabel = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(32));

/** P.json: the shopper's sizes and threshold overrides. */
export const ProfileSchema = v.strictObject({
  sizes: v.strictObject({
    top: v.optional(sizeLabel),
    bottom: v.optional(sizeLabel),
    shoe: v.optional(sizeLabel),
    kids: v.optional(sizeLabel),
  }),
  thresholds: v.optional(ThresholdOverridesSchema),
});

/** The shopper's own promo events; each entry is checked again when merged over the calendar. */
export const UserEventsSchema = v.array(UserEventEntrySchema);

/** Reads and checks one JSON input file, or throws an InputError naming the file. */
export function readJsonInput<S extends v.GenericSchema>(path: string, schema: S, what: string): v.InferOutput<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checked = v.safeParse(schema, data);
  if (!checked.success) throw new InputError(`${what} ${path} has the wrong shape: ${describeIssue(checked.issues)}`);
  return checked.output;
}
