import { DEFAULT_THRESHOLDS, resolveThresholds, type ThresholdOverrides, type Thresholds } from '../../traps';
import type { MessageKey } from '../i18n';

/** How a threshold is edited: ratios are shown as percentages, the rest as they are stored. */
export type ThresholdUnit = 'days' | 'months' | 'yuan' | 'percent' | 'items';

export interface ThresholdField {
  /** Path into Thresholds: one key, or a record key and its entry. */
  path: readonly [keyof Thresholds] | readonly [keyof Thresholds, string];
  label: MessageKey;
  unit: ThresholdUnit;
  min: number;
  max: number;
  step: number;
}

/** The thresholds a shopper may sensibly change, as data; lists such as the 临期 bands stay as sourced. */
export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { path: ['nearExpiryDays', 'food'], label: 'thNearExpiryFood', unit: 'days', min: 1, max: 365, step: 1 },
  { path: ['nearExpiryDays', 'cosmetics'], label: 'thNearExpiryCosmetics', unit: 'days', min: 1, max: 730, step: 1 },
  { path: ['samePriceYuan'], label: 'thSamePriceYuan', unit: 'yuan', min: 0, max: 100, step: 0.5 },
  { path: ['samePriceRatio'], label: 'thSamePriceRatio', unit: 'percent', min: 0, max: 20, step: 0.5 },
  { path: ['weakDiscountRatio'], label: 'thWeakDiscount', unit: 'percent', min: 0, max: 90, step: 1 },
  { path: ['priorPriceDays', 'cn'], label: 'thPriorPriceDays', unit: 'days', min: 1, max: 90, step: 1 },
  { path: ['fakeScarcityStock'], label: 'thFakeScarcity', unit: 'items', min: 1, max: 1000, step: 1 },
  { path: ['hoardingMonths'], label: 'thHoardingMonths', unit: 'months', min: 1, max: 24, step: 1 },
  { path: ['oldModelMonths'], label: 'thOldModelMonths', unit: 'months', min: 1, max: 120, step: 1 },
  { path: ['fillerGapRatio'], label: 'thFillerGap', unit: 'percent', min: 0, max: 100, step: 1 },
];

export function fieldKey(field: ThresholdField): string {
  return field.path.join('.');
}

function stored(thresholds: Thresholds, field: ThresholdField): number {
  const [key, sub] = field.path;
  const value = thresholds[key] as unknown;
  return (sub === undefined ? value : (value as Record<string, number>)[sub]) as number;
}

/** What the form shows: the effective value, as a percentage where the unit says so. */
export function shownValue(thresholds: Thresholds, field: ThresholdField): number {
  const v = stored(thresholds, field);
  return field.unit === 'percent' ? Math.round(v * 1000) / 10 : v;
}

export function defaultShown(field: ThresholdField): number {
  return shownValue(DEFAULT_THRESHOLDS, field);
}

export function effectiveThresholds(overrides: ThresholdOverrides | undefined): Thresholds {
  return resolveThresholds(overrides);
}

/**
 * The overrides to save from the form's values: only what differs from the default, so a later
 * change of a default (with a better source) reaches shoppers who never touched it.
 */
export function overridesFrom(values: Readonly<Record<string, number>>): ThresholdOverrides {
  const overrides: Record<string, unknown> = {};
  for (const field of THRESHOLD_FIELDS) {
    const shown = values[fieldKey(field)];
    if (shown === undefined || !Number.isFinite(shown) || shown === defaultShown(field)) continue;
    const value = field.unit === 'percent' ? shown / 100 : shown;
    const [key, sub] = field.path;
    if (sub === undefined) overrides[key] = value;
    else overrides[key] = { ...(overrides[key] as Record<string, number> | undefined), [sub]: value };
  }
  return overrides;
}

export function validThreshold(field: ThresholdField, shown: number): boolean {
  return Number.isFinite(shown) && shown >= field.min && shown <= field.max;
}
