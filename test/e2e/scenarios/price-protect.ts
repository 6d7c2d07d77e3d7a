import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PurchaseList } from '../../../src/messaging/protect-messages';
import type { AlertView } from '../../../src/messaging/watch-messages';
import { TEST_NOW, isoBefore } from '../../clock';
import { faceCream } from '../../shop/catalog';
import { FixtureShop } from '../../shop/fixture-shop';
import { ORDER_PERSONAL_DATA, renderJdOrderDetail, renderJdPriceProtectPage } from '../../shop/templates/orders';
import type { ExtensionDriver, LaunchDriver } from '../driver/types';
import { waitUntil } from '../wait';

/**
 * 价保 end to end, described once and run in each browser (price-protect.e2e.test.ts in Chromium,
 * price-protect.firefox.test.ts in Firefox): the shopper opens their JD order page, the purchase is
 * stored with nothing personal, the price falls in the fixture shop, the background check finds it,
 * the notification names the amount and the deadline and opens JD's price-protection page, and the
 * popup's 返场 view shows the purchase with its open claim.
 */
const CREAM = '100052117832';
const ORDER = '298765432101';
const PASS_KEY = 'ABCDEF0123456789';
const ORDER_PAGE = `https://details.jd.com/normal/item.action?orderid=${ORDER}&PassKey=${PASS_KEY}`;
const CLAIM_PAGE = 'https://pcsitepp-fm.jd.com/';
const CLAIM_TITLE = '价保：可退 ¥60';
/** JD's 双11 in the calendar: the order (two days before TEST_NOW) was placed in its main sale. */
const DOUBLE11_JD = '2026-double11-jd';

const testId = (id: string) => `[data-testid="${id}"]`;

export function priceProtectScenarios(browserName: string, launch: LaunchDriver): void {
  describe(`price protection in ${browserName}: order page to claim page`, () => {
    const shop = new FixtureShop();
    let driver: ExtensionDriver;

    beforeAll(async () => {
      const cream = shop.addLive(faceCream());
      shop.addPage(
        ORDER_PAGE,
        renderJdOrderDetail({
          orderRef: ORDER,
          orderedAt: isoBefore(TEST_NOW, 2),
          shop: cream.shop,
          items: [{ sku: CREAM, title: cream.title, price: 359, quantity: 2 }],
        }),
      );
      shop.addPage(CLAIM_PAGE, renderJdPriceProtectPage());
      driver = await launch(shop, { now: TEST_NOW });
    });
    afterAll(async () => driver?.close());

    it('reads the order page and stores the purchase, nothing personal', async () => {
      const page = await driver.openPage(ORDER_PAGE);
      const list = await waitUntil(
        'the order page’s purchase in the store',
        () => driver.background<PurchaseList>('listPurchases'),
        (l) => l.purchases.length === 1,
        { timeoutMs: 20_000 },
      );
      expect(list.purchases[0]).toMatchObject({
        site: 'jd',
        itemId: CREAM,
        unitPrice: 359,
        quantity: 2,
        shop: '肌本护肤京东自营旗舰店',
        window: { days: 7 },
      });
      await page.close();
      const stored = JSON.stringify(
        await Promise.all(['purchases', 'watches', 'notifications', 'products'].map((t) => driver.readStore(t))),
      );
      expect(stored).toContain(CREAM);
      for (const secret of [...ORDER_PERSONAL_DATA, PASS_KEY]) expect(stored).not.toContain(secret);
    });

    it('checks the product in the background and notifies the amount and deadline when the price falls', async () => {
      shop.setPrice('jd', CREAM, 329);
      await driver.background('checkWatchesNow');
      const alerts = await waitUntil(
        'a price-protection alert',
        () => driver.background<AlertView[]>('listAlerts'),
        (all) => all.some((a) => a.kind === 'price-protect'),
      );
      const alert = alerts.find((a) => a.kind === 'price-protect')!;
      expect(alert).toMatchObject({ title: CLAIM_TITLE, url: CLAIM_PAGE, held: false });
      expect(alert.body).toBe('修护保湿面霜 50g 敏感肌可用 买时 ¥359，现价 ¥329 × 2 件。11/21 10:00 前在京东申请价保。点击打开申请页。');
      expect(shop.requests).toContain(`https://item.jd.com/${CREAM}.html`);
      expect(await driver.notifications()).toContain(`fanchang-alert:${alert.id}`);
    });

    it('opens JD’s price-protection page when the notification is clicked', async () => {
      const [id] = (await driver.notifications()).filter((n) => n.startsWith('fanchang-alert:'));
      if (!id) throw new Error('no claim notification is shown');
      await driver.clickNotification(id, CLAIM_TITLE);
      const page = await driver.waitForTab(CLAIM_PAGE);
      await waitUntil(
        'the claim page’s title',
        () => page.evaluate(() => document.title, null).catch(() => ''),
        (title) => title === '价格保护 - 京东',
      );
      await page.close();
    });

    it('shows the purchase in the popup’s 返场 view under the promo it was bought in, with its open claim', async () => {
      const popup = await driver.openPopup();
      const bought = `${testId('wl-group')}[data-group="${DOUBLE11_JD}"] ${testId('purchase')}`;
      await popup.waitFor(bought, 'the bought cream in the 双11 group');
      expect(await popup.text(`${testId('wl-group')}[data-group="${DOUBLE11_JD}"] h3`)).toContain('双11');
      expect(await popup.text(`${bought} ${testId('purchase-prices')}`)).toBe('买时 ¥359 × 2，现价 ¥329');
      expect(await popup.text(`${bought} ${testId('purchase-claim')}`)).toBe('可退 ¥60，11/21 10:00 前申请');
      expect(await popup.attr(`${bought} a.button`, 'href')).toBe(CLAIM_PAGE);
      await popup.close();
    });
  });
}
