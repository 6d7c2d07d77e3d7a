import { now } from '../core/clock';
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { SITES, type Site } from '../core/types';
import type { SizeHint } from '../parse';
import { promoCalendar, describeIssue, mergeUserEvents, UserEventEntrySchema, type MergedCalendar, type UserEventEntry } from '../promo';
import { DEFAULT_THRESHOLDS, type ThresholdOverrides } from '../traps/thresholds';
import type { ShopperProfile } from '../traps/types';
import type { WatchKind } from './db';

/**
 * The shopper's settings, in extension storage (not IndexedDB) so that every part of the
 * extension reads the same values, including the product-page panel for its dismissed sites.
 * Each item is versioned: a change of shape bumps `version` and adds a migration from the last.
 * Writes go through `saveSetting`, which checks the value first: the options page is the main
 * writer, and a bad value must be refused with a reason, not stored.
 */

export type ShopperSizes = Partial<Record<SizeHint, string>>;

export interface QuietHours {
  /** 'HH:MM' local time; the window may cross midnight (22:00-08:00). */
  start: string;
  end: string;
}

export interface NotificationPreferences {
  enabledKinds: WatchKind[];
  quietHours: QuietHours | null;
  /** How often watches are checked. */
  checkPeriodMinutes: number;
}

export type LanguageSetting = 'auto' | 'zh' | 'en';

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  enabledKinds: ['restock', 'price'],
  quietHours: null,
  checkPeriodMinutes: 30,
};

export const sizesSetting = storage.defineItem<ShopperSizes>('local:settings.sizes', { fallback: {}, version: 1 });
export const thresholdsSetting = storage.defineItem<ThresholdOverrides>('local:settings.thresholds', { fallback: {}, version: 1 });
export const notificationSetting = storage.defineItem<NotificationPreferences>('local:settings.notifications', {
  fallback: DEFAULT_NOTIFICATION_PREFERENCES,
  version: 1,
});
export const customPromoEventsSetting = storage.defineItem<UserEventEntry[]>('local:settings.customPromoEvents', {
  fallback: [],
  version: 1,
});
export const languageSetting = storage.defineItem<LanguageSetting>('local:settings.language', { fallback: 'auto', version: 1 });
export const welcomeDoneSetting = storage.defineItem<boolean>('local:settings.welcomeDone', { fallback: false, version: 1 });
export const dismissedPanelSitesSetting = storage.defineItem<Site[]>('local:settings.dismissedPanelSites', { fallback: [], version: 1 });

const sizeLabel = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(32));
const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM, e.g. 22:00'));

/**
 * Threshold overrides must have the shape of the defaults: known names, and at each place the
 * same kind of value (a number, a record of numbers, a list of records), finite and not negative.
 * Checking against DEFAULT_THRESHOLDS keeps the list of thresholds in one place.
 */
function thresholdIssue(value: unknown, template: unknown, path: string, nullable: boolean): string | null {
  if (typeof template === 'number' || template === null) {
    if (value === null && nullable) return null;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : `${path}: expected a number ≥ 0`;
  }
  if (Array.isArray(template)) {
    if (!Array.isArray(value) || value.length > 50) return `${path}: expected a list of at most 50`;
    for (const [i, item] of value.entries()) {
      const issue = thresholdIssue(item, template[0], `${path}[${i}]`, false);
      if (issue) return issue;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path || 'thresholds'}: expected an object`;
  const known = template as Record<string, unknown>;
  // A record with a null default (monthlyUse: electronics) takes null as "does not apply" anywhere in it.
  const takesNull = Object.values(known).some((d) => d === null);
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(known, key)) return `${at}: not a threshold`;
    const issue = thresholdIssue(item, known[key], at, takesNull);
    if (issue) return issue;
  }
  return null;
}

const ThresholdOverridesSchema = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    const issue = dataset.typed ? thresholdIssue(dataset.value, DEFAULT_THRESHOLDS, '', false) : null;
    if (issue) addIssue({ message: issue });
  }),
);

export const SETTING_SCHEMAS = {
  sizes: v.strictObject({
    top: v.optional(sizeLabel),
    bottom: v.optional(sizeLabel),
    shoe: v.optional(sizeLabel),
    kids: v.optional(sizeLabel),
  }),
  thresholds: ThresholdOverridesSchema,
  notifications: v.strictObject({
    enabledKinds: v.pipe(v.array(v.picklist(['restock', 'price'])), v.maxLength(2)),
    quietHours: v.nullable(v.strictObject({ start: clockTime, end: clockTime })),
    checkPeriodMinutes: v.pipe(v.number(), v.integer(), v.minValue(5, 'check at most every 5 minutes'), v.maxValue(24 * 60)),
  }),
  customPromoEvents: v.pipe(v.array(UserEventEntrySchema), v.maxLength(200)),
  language: v.picklist(['auto', 'zh', 'en']),
  welcomeDone: v.boolean(),
  dismissedPanelSites: v.pipe(v.array(v.picklist(SITES)), v.maxLength(SITES.length)),
};

export const SETTING_ITEMS = {
  sizes: sizesSetting,
  thresholds: thresholdsSetting,
  notifications: notificationSetting,
  customPromoEvents: customPromoEventsSetting,
  language: languageSetting,
  welcomeDone: welcomeDoneSetting,
  dismissedPanelSites: dismissedPanelSitesSetting,
};

export interface SettingValues {
  sizes: ShopperSizes;
  thresholds: ThresholdOverrides;
  notifications: NotificationPreferences;
  customPromoEvents: UserEventEntry[];
  language: LanguageSetting;
  welcomeDone: boolean;
  dismissedPanelSites: Site[];
}
export type SettingName = keyof SettingValues;

/** Checks and stores one setting; a value that fails the check is not stored and the reason is returned. */
export async function saveSetting<K extends SettingName>(name: K, value: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const checked = v.safeParse(SETTING_SCHEMAS[name], value);
  if (!checked.success) return { ok: false, error: `${name}: ${describeIssue(checked.issues)}` };
  await (SETTING_ITEMS[name] as unknown as { setValue(value: SettingValues[K]): Promise<void> }).setValue(
    checked.output as SettingValues[K],
  );
  return { ok: true };
}

/** What the trap rules know of the shopper (docs/contracts.md, P.json). */
export async function readShopperProfile(): Promise<ShopperProfile> {
  const [sizes, thresholds] = await Promise.all([sizesSetting.getValue(), thresholdsSetting.getValue()]);
  return { sizes, thresholds };
}

/** The calendar in force around `at`: the built-in events with the shopper's added and edited ones. */
export async function readPromoCalendar(at: Date = now()): Promise<MergedCalendar> {
  return mergeUserEvents(promoCalendar(at), await customPromoEventsSetting.getValue());
}

/** The language to show: the setting, or on 'auto' the browser's UI language. */
export function resolveLanguage(setting: LanguageSetting, uiLanguage: string): 'zh' | 'en' {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Removes every setting (the shopper's "delete all data"); each reads as its default afterwards. */
export async function clearAllSettings(): Promise<void> {
  await Promise.all(Object.values(SETTING_ITEMS).map((item) => item.removeValue()));
}
