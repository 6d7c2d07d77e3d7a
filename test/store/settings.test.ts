import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  customPromoEventsSetting,
  DEFAULT_NOTIFICATION_PREFERENCES,
  dismissedPanelSitesSetting,
  languageSetting,
  notificationSetting,
  readPromoCalendar,
  readShopperProfile,
  saveSetting,
  sizesSetting,
  thresholdsSetting,
  welcomeDoneSetting,
} from '../../src/store/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('reads defaults before anything is saved', async () => {
    expect(await sizesSetting.getValue()).toEqual({});
    expect(await notificationSetting.getValue()).toEqual(DEFAULT_NOTIFICATION_PREFERENCES);
    expect((await notificationSetting.getValue()).checkPeriodMinutes).toBe(30);
    expect(await languageSetting.getValue()).toBe('auto');
    expect(await welcomeDoneSetting.getValue()).toBe(false);
    expect(await dismissedPanelSitesSetting.getValue()).toEqual([]);
    expect(await customPromoEventsSetting.getValue()).toEqual([]);
  });

  it.each([
    ['sizes', { top: 'L', shoe: '42' }],
    ['thresholds', { nearExpiryDays: { food: 20 }, monthlyUse: { food: null }, lingqiBands: [{ minShelfLifeDays: 365, days: 60 }] }],
    ['notifications', { enabledKinds: ['restock'], quietHours: { start: '22:00', end: '08:00' }, checkPeriodMinutes: 60 }],
    ['language', 'en'],
    ['welcomeDone', true],
    ['dismissedPanelSites', ['jd', 'taobao']],
  ] as const)('saves a valid %s value', async (name, value) => {
    expect(await saveSetting(name, value)).toEqual({ ok: true });
  });

  it.each([
    ['sizes', { top: '' }, 'sizes: top'],
    ['sizes', { hat: 'M' }, 'sizes'],
    ['thresholds', { nearExpiryDays: { food: -1 } }, 'nearExpiryDays.food: expected a number ≥ 0'],
    ['thresholds', { madeUp: 3 }, 'madeUp: not a threshold'],
    ['thresholds', JSON.parse('{"__proto__": {"polluted": 1}}'), '__proto__: not a threshold'],
    ['thresholds', { lingqiBands: [{ minShelfLifeDays: 'a', days: 1 }] }, 'lingqiBands[0].minShelfLifeDays'],
    ['thresholds', { samePriceYuan: null }, 'samePriceYuan: expected a number'],
    ['notifications', { ...DEFAULT_NOTIFICATION_PREFERENCES, checkPeriodMinutes: 1 }, 'check at most every 5 minutes'],
    ['notifications', { ...DEFAULT_NOTIFICATION_PREFERENCES, quietHours: { start: '25:00', end: '08:00' } }, 'HH:MM'],
    ['language', 'fr', 'language'],
    ['dismissedPanelSites', ['amazon'], 'dismissedPanelSites'],
  ] as const)('refuses a bad %s value and says why (%j)', async (name, value, reason) => {
    const before = await thresholdsSetting.getValue();
    const result = await saveSetting(name, value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(reason);
    expect(await thresholdsSetting.getValue()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the rules the shopper profile and the merged promo calendar', async () => {
    await saveSetting('sizes', { top: 'M' });
    await saveSetting('thresholds', { hoardingMonths: 1 });
    expect(await readShopperProfile()).toEqual({ sizes: { top: 'M' }, thresholds: { hoardingMonths: 1 } });
    const mine = {
      id: 'my-sale',
      name: '店庆',
      nameEn: 'Shop anniversary',
      platforms: ['jd'],
      preSaleAt: null,
      mainAt: '2025-12-01T00:00:00+08:00',
      endAt: '2025-12-03T23:59:59+08:00',
    };
    expect(await saveSetting('customPromoEvents', [mine])).toEqual({ ok: true });
    const calendar = await readPromoCalendar();
    expect(calendar.warnings).toEqual([]);
    expect(calendar.events.find((e) => e.id === 'my-sale')).toMatchObject({ name: '店庆', estimated: false });
    expect(calendar.events.length).toBeGreaterThan(1);
  });
});
