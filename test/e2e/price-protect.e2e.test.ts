import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { PurchaseList } from '../../src/messaging/protect-messages';
import type { AlertView } from '../../src/messaging/watch-messages';
import { TEST_NOW, isoBefore } from '../clock';
import { faceCream } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { ORDER_PERSONAL_DATA, renderJdOrderDetail, renderJdPriceProtectPage } from '../shop/templates/orders';
import { askBackground } from './ask-background';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './idb';
import { waitUntil } from './wait';

/**
 * 价保 end to end in Chromium: the shopper opens their JD order page, the purchase is stored with
 * nothing personal, the price falls in the fixture shop, the background check finds it, and the
 * notification names the amount and the deadline and opens JD's price-protection page.
 */
declare const chrome: typeof Browser;

const CREAM = '100052117832';
const ORDER = '298765432101';
const ORDER_PAGE = `https://details.jd.com/normal/item.action?orderid=${ORDER}&PassKey=ABCDEF0123456789`;
const CLAIM_PAGE = 'https://pcsitepp-fm.jd.com/';

describe('price protection: order page to claim page', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;
  let extensionPage: Page;
  const background = <T>(type: string, data?: unknown) => askBackground<T>(extensionPage, type, data);

  async function systemNotifications(): Promise<string[]> {
    return session.serviceWorker.evaluate(
      () => new Promise<string[]>((resolve) => chrome.notifications.getAll((all) => resolve(Object.keys(all)))),
    );
  }

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
    session = await launchWithExtension(shop, { now: TEST_NOW, backgroundFetches: true });
    extensionPage = await session.extensionPage();
  });

  afterAll(async () => session?.close());

  it('reads the order page and stores the purchase, nothing personal', async () => {
    const page = await session.context.newPage();
    await page.goto(ORDER_PAGE);
    const list = await waitUntil(
      'the order page’s purchase in the store',
      () => background<PurchaseList>('listPurchases'),
      (l) => l.purchases.length === 1,
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
      await Promise.all(['purchases', 'watches', 'notifications', 'products'].map((t) => readStore(session, t))),
    );
    expect(stored).toContain(CREAM);
    for (const secret of [...ORDER_PERSONAL_DATA, 'ABCDEF0123456789']) expect(stored).not.toContain(secret);
  });

  it('checks the product in the background and notifies the amount and deadline when the price falls', async () => {
    shop.setPrice('jd', CREAM, 329);
    await background('checkWatchesNow');
    const alert = await waitUntil(
      'a price-protection alert',
      () => background<AlertView[]>('listAlerts'),
      (alerts) => alerts.some((a) => a.kind === 'price-protect'),
    ).then((alerts) => alerts.find((a) => a.kind === 'price-protect')!);
    expect(alert).toMatchObject({ title: '价保：可退 ¥60', url: CLAIM_PAGE, held: false });
    expect(alert.body).toBe('修护保湿面霜 50g 敏感肌可用 买时 ¥359，现价 ¥329 × 2 件。11/21 10:00 前在京东申请价保。点击打开申请页。');
    expect(shop.requests).toContain(`https://item.jd.com/${CREAM}.html`);
    expect(await systemNotifications()).toContain(`fanchang-alert:${alert.id}`);
  });

  it('opens JD’s price-protection page when the notification is clicked', async () => {
    const [id] = (await systemNotifications()).filter((n) => n.startsWith('fanchang-alert:'));
    await session.serviceWorker.evaluate(
      (nid) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(nid),
      id!,
    );
    // The tab is created before it navigates: wait for a page that has reached the claim page.
    const page = await waitUntil(
      'a tab on the claim page',
      () => session.context.pages().find((p) => p.url() === CLAIM_PAGE),
      (p) => p !== undefined,
      { timeoutMs: 15_000 },
    ).then((p) => p!);
    await page.waitForLoadState('domcontentloaded');
    expect(await page.title()).toBe('价格保护 - 京东');
    await page.close();
  });
});
