import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertView, CheckRoundSummary, WatchList, WatchResult } from '../../../src/messaging/watch-messages';
import { hoodie } from '../../shop/catalog';
import { FixtureShop } from '../../shop/fixture-shop';
import type { DriverPage, ExtensionDriver, LaunchDriver } from '../driver/types';
import { storedMonths, type StoredQuarterRow } from '../history-rows';
import { waitUntil } from '../wait';

/**
 * The shopper's core paths, described once and run in each browser (core.e2e.test.ts in Chromium,
 * core.firefox.test.ts in Firefox): a product page read and stored, the popup's verdict, traps and
 * chart, a cart add, a restock alert and its click, a price-drop alert, sizes saved in the
 * options page, and a backup exported and imported.
 */
const S_PAGE = 'https://item.jd.com/100038004353.html';
const M_PAGE = 'https://item.jd.com/100038004354.html';
const XXL_PAGE = 'https://item.jd.com/100038004356.html';
const KEY = 'jd:100038004353';
const S = '100038004353';
const M = '100038004354';

const testId = (id: string) => `[data-testid="${id}"]`;

interface CartItemRow {
  productKey: string;
  skuId: string | null;
  quantity: number;
  price: number | null;
  source: string;
}

async function productPrices(driver: ExtensionDriver, key: string): Promise<Array<number | null>> {
  return storedMonths(await driver.readStore<StoredQuarterRow>('productQuarters'), key).flatMap((r) =>
    r.series.filter((s) => s.skuId === '').flatMap((s) => s.runs.map((run) => run[2])),
  );
}

async function textOf(page: DriverPage, selector: string, what: string, done: (text: string) => boolean): Promise<string> {
  return (await waitUntil(what, async () => (await page.text(selector)) ?? '', done)) ?? '';
}

export function coreScenarios(browserName: string, launch: LaunchDriver): void {
  describe(`the shopper's core paths in ${browserName}`, () => {
    const shop = new FixtureShop();
    let driver: ExtensionDriver;

    beforeAll(async () => {
      shop.addLive(hoodie());
      driver = await launch(shop);
    });
    afterAll(async () => driver?.close());

    it('reads a product page and stores its price once the page shows it', async () => {
      const page = await driver.openPage(S_PAGE);
      const prices = await waitUntil(
        'the S page’s price in the store',
        () => productPrices(driver, KEY),
        (p) => p.length === 1,
        {
          timeoutMs: 20_000,
        },
      );
      expect(prices).toEqual([299]);
      await page.close();
    });

    it('shows the verdict, the traps with evidence and the price chart in the popup, read out by a click', async () => {
      // A chart needs more than one price: the shop raises it for a visit, then lowers it again.
      for (const [price, points] of [
        [309, 2],
        [299, 3],
      ] as const) {
        shop.setPrice('jd', S, price);
        const page = await driver.openPage(S_PAGE);
        await waitUntil(
          'the S page’s new price in the store',
          () => productPrices(driver, KEY),
          (p) => p.length === points,
          {
            timeoutMs: 20_000,
          },
        );
        await page.close();
      }
      const popup = await driver.openPopup(S_PAGE);
      await popup.waitFor(testId('welcome'), 'the first-run size question');
      await textOf(popup, testId('current-price'), 'the current price above the question', (t) => t === '¥299');
      await popup.fill(testId('size-top'), 'M');
      await popup.click(testId('welcome-save'));
      // The shopper's M is sold out: a broken size run, and the verdict says skip.
      await waitUntil(
        'the skip verdict',
        () => popup.attr(testId('verdict'), 'data-verdict'),
        (v) => v === 'skip',
      );
      expect(await popup.attr(testId('trap'), 'data-trap')).toBe('size-run');
      // A trap is one line; its evidence opens on a click.
      await popup.click(`${testId('trap')} ${testId('trap-toggle')}`);
      await popup.waitFor(`${testId('trap')} ${testId('trap-evidence')}`, 'the size-run evidence');
      expect(await popup.text(`${testId('trap')} ${testId('trap-evidence')}`)).toContain('M');
      expect(await popup.attr('[data-testid="sku-table"] tr.mine', 'data-sku')).toBe(M);

      await popup.waitFor(`${testId('price-chart')} canvas`, 'the price chart');
      await popup.clickAt(`${testId('price-chart')} .u-over`, 0.98, 0.5);
      await textOf(popup, testId('chart-readout'), 'the chart readout after a click', (t) => t.includes('¥299'));
      await popup.close();
    });

    it('records an add to cart on the product page: the SKU, quantity and price at that moment', async () => {
      const page = await driver.openPage(XXL_PAGE);
      await waitUntil(
        'the XXL page’s price',
        () => page.text('.p-price .price'),
        (t) => Boolean(t),
      );
      await page.fill('#buy-num', '2');
      await page.click('#InitCartUrl');
      const items = await waitUntil(
        'the cart add in the store',
        async () => (await driver.readStore<CartItemRow>('cartItems')).filter((i) => i.source === 'product-page'),
        (rows) => rows.length === 1,
        { timeoutMs: 15_000 },
      );
      expect(items[0]).toMatchObject({ productKey: 'jd:100038004356', skuId: '100038004356', quantity: 2, price: 299 });
      await page.close();
    });

    let restockAlert: AlertView | undefined;

    it('checks a restock watch set in the popup when its alarm fires, and notifies when the size is back', async () => {
      const popup = await driver.openPopup(S_PAGE);
      await popup.waitFor(testId('watch-restock'), 'the restock button');
      expect(await popup.text(testId('watch-restock'))).toContain('M');
      await popup.click(testId('watch-restock'));
      await textOf(popup, testId('watch-restock'), 'the restock button to say it is set', (t) => t === '已设置到货提醒');
      await popup.close();
      const [watch] = (await driver.background<WatchList>('listWatches')).watches;
      expect(watch).toMatchObject({ kind: 'restock', skuId: M, lastCheckedAt: null });

      // Due now, and the browser fires the check alarm: the background fetches the M page and finds it sold out.
      await driver.background('resumeWatch', { id: watch!.id });
      await driver.fireAlarm('watch-check');
      await waitUntil(
        'the alarm’s check of the restock watch',
        async () => (await driver.background<WatchList>('listWatches')).watches[0]?.lastCheckedAt ?? null,
        (at) => at !== null,
        { timeoutMs: 15_000 },
      );
      expect(shop.requests).toContain(M_PAGE);
      expect(await driver.background<AlertView[]>('listAlerts')).toEqual([]);

      shop.setStock('jd', S, M, 5);
      expect(await driver.background<CheckRoundSummary>('checkWatchesNow', { id: watch!.id })).toMatchObject({ checked: 1, alerts: 1 });
      [restockAlert] = await driver.background<AlertView[]>('listAlerts');
      expect(restockAlert).toMatchObject({ kind: 'restock', url: M_PAGE, held: false });
      expect(restockAlert?.body).toBe('M 码有货了，现价 ¥299。点击打开商品页。');
      expect(await driver.notifications()).toEqual([`fanchang-alert:${restockAlert!.id}`]);
    });

    it('opens the size’s page when the shopper clicks the notification', async () => {
      if (!restockAlert) throw new Error('the restock scenario raised no alert');
      await driver.clickNotification(`fanchang-alert:${restockAlert.id}`, restockAlert.title);
      const page = await driver.waitForTab(M_PAGE);
      await waitUntil(
        'the clicked notification to close',
        () => driver.notifications(),
        (ids) => ids.length === 0,
      );
      await page.close();
    });

    it('notifies when the price drops back to the promo price, with the price then and now', async () => {
      const made = await driver.background<WatchResult>('createWatch', { kind: 'price', productKey: KEY, skuId: S, targetPrice: 279 });
      if (!made.ok) throw new Error(made.message);
      expect(await driver.background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ alerts: 0 });
      shop.setPrice('jd', S, 279, S);
      expect(await driver.background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ alerts: 1 });
      const [alert] = await driver.background<AlertView[]>('listAlerts');
      expect(alert).toMatchObject({ kind: 'price', url: S_PAGE });
      expect(alert?.body).toBe('S 现价 ¥279，之前 ¥299（大促价 ¥279）。点击打开商品页。');
      expect(await driver.notifications()).toContain(`fanchang-alert:${alert!.id}`);
    });

    it('saves sizes in the options page, and the popup marks that size', async () => {
      const options = await driver.openOptions();
      await options.waitFor(testId('size-top'), 'the sizes form');
      await options.fill(testId('size-top'), 'L');
      await options.fill(testId('size-shoe'), '42');
      await options.click(testId('save-sizes'));
      await waitUntil(
        'the sizes in storage',
        () => driver.storageGet('settings.sizes'),
        (v) => isDeepStrictEqual(v, { top: 'L', shoe: '42' }),
      );
      await options.close();
      const popup = await driver.openPopup(S_PAGE);
      await waitUntil(
        'the L row marked as mine',
        () => popup.attr('tr.mine', 'data-sku'),
        (sku) => sku === '100038004355',
      );
      await popup.close();
    });

    it('exports a backup and imports it back', async () => {
      const options = await driver.openOptions();
      await options.waitFor(testId('export-data'), 'the data section');
      // The file the page hands to the browser's download, caught at the link it clicks.
      await options.evaluate(() => {
        const caught = globalThis as { radarDownload?: Promise<string> };
        const original = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (this.download) caught.radarDownload = fetch(this.href).then((r) => r.text());
          original.call(this);
        };
      }, null);
      await options.click(testId('export-data'));
      const json = await waitUntil(
        'the exported backup',
        () => options.evaluate(() => (globalThis as { radarDownload?: Promise<string> }).radarDownload ?? null, null),
        (text) => typeof text === 'string' && text.length > 0,
      );
      const backup = JSON.parse(json!) as { format: string; tables: { products: unknown[]; watches: unknown[] } };
      expect(backup.tables.products.length).toBeGreaterThan(0);
      expect(backup.tables.watches.length).toBe(2);

      const dir = mkdtempSync(join(tmpdir(), 'fanchang-backup-'));
      try {
        const file = join(dir, 'backup.json');
        writeFileSync(file, json!);
        await options.setFile(testId('import-file'), file);
        await textOf(options, testId('data-status'), 'the import to finish', (t) => t.includes('已导入'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      expect((await driver.background<WatchList>('listWatches')).watches).toHaveLength(2);
      await options.close();
    });
  });
}
