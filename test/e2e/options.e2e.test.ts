import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { panelBadge } from './panel-frame';

const ITEM_URL = 'https://item.jd.com/100038004353.html';

async function openOptions(session: ExtensionSession, width = 1280): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByTestId('section-sizes').waitFor();
  return page;
}

/** What the extension stored, read straight from extension storage in the service worker. */
async function stored(session: ExtensionSession, key: string): Promise<unknown> {
  return session.serviceWorker.evaluate(async (k) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } })
      .chrome.storage;
    return (await storage.local.get(k))[k];
  }, key);
}

describe('the options page, clicked through in Chromium', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
    const page = await session.context.newPage();
    await page.goto(ITEM_URL);
    await panelBadge(page);
    await page.close();
  });
  afterAll(async () => session?.close());

  it('saves my sizes, and the popup marks that size at once', async () => {
    const options = await openOptions(session);
    await options.getByLabel('上衣').fill('L');
    await options.getByLabel('鞋').fill('42');
    await options.getByTestId('save-sizes').click();
    await expect.poll(() => stored(session, 'settings.sizes')).toEqual({ top: 'L', shoe: '42' });
    const popup = await session.openPopup(ITEM_URL);
    await expect.poll(() => popup.locator('tr.mine').getAttribute('data-sku')).toBe('100038004355');
    await popup.close();
    await options.close();
  });

  it('saves thresholds, notification preferences with quiet hours, and a custom promo event', async () => {
    const options = await openOptions(session);
    await options.getByTestId('threshold-nearExpiryDays.food').fill('45');
    await options.getByTestId('save-thresholds').click();
    await expect.poll(() => stored(session, 'settings.thresholds')).toEqual({ nearExpiryDays: { food: 45 } });

    await options.getByTestId('quiet-enabled').check();
    await options.getByTestId('check-minutes').fill('60');
    await options.getByTestId('save-notifications').click();
    await expect
      .poll(() => stored(session, 'settings.notifications'))
      .toEqual({
        enabledKinds: ['restock', 'price'],
        quietHours: { start: '22:00', end: '08:00' },
        checkPeriodMinutes: 60,
      });

    await options.getByTestId('event-name').fill('店庆');
    await options.getByTestId('event-main').fill('2026-12-20T20:00');
    await options.getByTestId('event-end').fill('2026-12-18T20:00');
    await options.getByTestId('add-event').click();
    expect(await options.getByTestId('event-problem').textContent()).toContain('时间顺序不对');
    await options.getByTestId('event-end').fill('2026-12-22T23:59');
    await options.getByTestId('add-event').click();
    await options.getByTestId('user-event').waitFor();
    const events = (await stored(session, 'settings.customPromoEvents')) as Array<{ name: string; mainAt: string }>;
    expect(events.map((e) => [e.name, e.mainAt])).toEqual([['店庆', '2026-12-20T20:00:00+08:00']]);
    await options.close();
  });

  it('switches the whole page to English', async () => {
    const options = await openOptions(session);
    try {
      await options.getByTestId('lang-en').check();
      await expect.poll(() => options.locator('h1').textContent()).toBe('Fanchang Radar options');
      // The page's lang follows the render in an effect: wait for it rather than race it.
      await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('en');
      const popup = await session.openPopup('https://www.baidu.com/');
      await expect.poll(() => popup.getByTestId('no-product').textContent()).toContain('Not a product page');
      await popup.close();
    } finally {
      // Back to Chinese even when an assertion failed, so the next test starts where it expects.
      await options.getByTestId('lang-zh').check();
      await expect.poll(() => options.locator('h1').textContent()).toBe('返场雷达设置');
      await options.close();
    }
  });

  it('exports a backup, imports it back, and deletes everything after a confirmation', async () => {
    const options = await openOptions(session);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-data').click()]);
    const file = await download.path();
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { tables: { products: unknown[] } };
    expect(backup.tables.products.length).toBeGreaterThan(0);

    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => options.getByTestId('data-status').textContent()).toContain('已导入');

    await options.getByTestId('delete-data').click();
    await options.getByTestId('confirm-delete-yes').click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toBe('已删除全部数据。');
    const popup = await session.openPopup('https://www.baidu.com/');
    await popup.getByTestId('search-input').fill('卫衣');
    await expect.poll(() => popup.getByTestId('search-empty').count()).toBe(1);
    await popup.close();
    await options.close();
  });

  it('is reachable by keyboard and fits a narrow window', async () => {
    const options = await openOptions(session, 360);
    expect(await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(
      0,
    );
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#sizes');
    await options.keyboard.press('Enter');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.tagName)).toBeTruthy();
    await options.close();
  });
});
