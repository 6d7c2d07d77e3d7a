import type { Page } from 'playwright-core';
import { isoBefore } from '../../../test/clock';
import { waitUntil } from '../../../test/e2e/wait';
import { renderJdOrderDetail, renderJdPriceProtectPage } from '../../../test/shop/templates/orders';
import type { Tour } from '../tour';
import { askBackground, popupText } from './background-messages';

const CREAM = '100052117832';
const ORDER = '298765432101';
const ORDER_PAGE = `https://details.jd.com/normal/item.action?orderid=${ORDER}&PassKey=DEMO0000`;
const CLAIM_PAGE = 'https://pcsitepp-fm.jd.com/';

interface Alert {
  id: number;
  kind: string;
  title: string;
  body: string;
  url: string;
}

const notificationIds = (tour: Tour) =>
  tour.session.serviceWorker.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        (globalThis as unknown as { chrome: { notifications: { getAll(cb: (all: object) => void): void } } }).chrome.notifications.getAll(
          (all) => resolve(Object.keys(all)),
        ),
      ),
  );

/**
 * 价保: the shopper bought two jars of face cream during 双11 in JD's self-operated shop; the
 * 返场 sells it cheaper. The order page is read (nothing personal kept), the price falls, the
 * background check finds it, and the notification names the amount and opens JD's claim page.
 */
export async function priceProtect(tour: Tour): Promise<void> {
  const cream = tour.shop.product('jd', CREAM);
  const paid = cream.price;
  tour.shop.addPage(
    ORDER_PAGE,
    renderJdOrderDetail({
      orderRef: ORDER,
      orderedAt: isoBefore(tour.now, 5),
      shop: cream.shop,
      items: [{ sku: CREAM, title: cream.title, price: paid, quantity: 2 }],
    }),
  );
  tour.shop.addPage(CLAIM_PAGE, renderJdPriceProtectPage());

  const orders = await tour.session.context.newPage();
  await orders.goto(ORDER_PAGE);
  const list = await waitUntil(
    'the order page’s purchase',
    () =>
      askBackground<{ purchases: Array<{ itemId: string; unitPrice: number; quantity: number; window: unknown }> }>(
        tour.session,
        'listPurchases',
      ),
    (l) => l.purchases.some((p) => p.itemId === CREAM),
  );
  await orders.locator('fanchang-radar-notice').waitFor({ state: 'attached' });
  tour.steps.push({
    step: 'Open the JD order page: the purchase is recorded (item, SKU, price paid, quantity, order time, shop; no name, address, phone or waybill)',
    url: ORDER_PAGE,
    shown: { purchases: list.purchases },
    notifications: [],
    screenshot: await tour.screenshot(orders, 'order-page-read'),
  });
  await orders.close();

  tour.shop.setPrice('jd', CREAM, paid - 30);
  await askBackground(tour.session, 'checkWatchesNow');
  const alerts = await waitUntil(
    'the price-protection alert',
    () => askBackground<Alert[]>(tour.session, 'listAlerts'),
    (all) => all.some((a) => a.kind === 'price-protect'),
  );
  const alert = alerts.find((a) => a.kind === 'price-protect')!;
  const popup: Page = await tour.session.openPopup();
  const shown = await popupText(popup);
  tour.steps.push({
    step: `The 返场 sells it at ¥${paid - 30}; the background check finds it and notifies the amount to claim and the deadline`,
    url: null,
    shown: { popup: shown },
    notifications: [{ title: alert.title, message: alert.body }],
    screenshot: await tour.screenshot(popup, 'popup-price-protect'),
  });
  await popup.close();

  const [id] = (await notificationIds(tour)).filter((n) => n === `fanchang-alert:${alert.id}`);
  // Headless Chromium shows no notification to click: the click is dispatched in the service worker.
  await tour.session.serviceWorker.evaluate(
    (nid) =>
      (
        globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch(id: string): void } } } }
      ).chrome.notifications.onClicked.dispatch(nid),
    id!,
  );
  const claim = await waitUntil(
    'the claim page',
    () => tour.session.context.pages().find((p) => p.url() === CLAIM_PAGE),
    (p) => p !== undefined,
    { timeoutMs: 15_000 },
  );
  await claim!.waitForLoadState();
  tour.steps.push({
    step: 'Clicking the notification opens JD’s price-protection page',
    url: claim!.url(),
    shown: { opened: claim!.url(), title: await claim!.title() },
    notifications: [],
    screenshot: null,
  });
  await claim!.close();
}
