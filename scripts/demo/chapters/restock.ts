import type { Tour } from '../tour';
import { askBackground, waitForPrice } from './background-messages';

const HOODIE = 'https://item.jd.com/100038004353.html';
const KEY = 'jd:100038004353';
const SIZE_M = '100038004354';

interface Alert {
  id: number;
  title: string;
  body: string;
  url: string;
}

/** The guide's first tip, done for the shopper: watch the sold-out size, get told when it is back. */
export async function restock(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  await page.goto(HOODIE);
  await waitForPrice(page);
  await page.close();

  const made = await askBackground<{ ok: boolean; message?: string; watch?: { id: number } }>(tour.session, 'createWatch', {
    kind: 'restock',
    productKey: KEY,
    skuId: SIZE_M,
  });
  if (!made.ok || !made.watch) throw new Error(`could not watch size M: ${made.message}`);
  const quiet = await askBackground<{ checked: number; alerts: number }>(tour.session, 'checkWatchesNow', { id: made.watch.id });
  tour.steps.push({
    step: 'Watch size M, which is sold out, and run a check: nothing to report yet',
    url: HOODIE,
    shown: { check: quiet },
    notifications: [],
    screenshot: null,
  });

  tour.shop.setStock('jd', '100038004353', SIZE_M, 5);
  const round = await askBackground<{ checked: number; alerts: number }>(tour.session, 'checkWatchesNow', { id: made.watch.id });
  const [alert] = await askBackground<Alert[]>(tour.session, 'listAlerts');
  const ids = await tour.session.serviceWorker.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        (globalThis as unknown as { chrome: { notifications: { getAll(cb: (all: object) => void): void } } }).chrome.notifications.getAll(
          (all) => resolve(Object.keys(all)),
        ),
      ),
  );
  // Headless Chromium shows no notification to click: the click is dispatched in the service worker.
  const opened = tour.session.context.waitForEvent('page', { timeout: 15_000 });
  await tour.session.serviceWorker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch(id: string): void } } } }
      ).chrome.notifications.onClicked.dispatch(id),
    ids[0]!,
  );
  const product = await opened;
  await product.waitForLoadState();
  tour.steps.push({
    step: 'The shop restocks M; the next check raises a notification, and clicking it opens the page of size M',
    url: product.url(),
    shown: { check: round, opened: product.url() },
    notifications: alert ? [{ title: alert.title, message: alert.body }] : [],
    screenshot: await tour.screenshot(product, 'restocked-page'),
  });
  await product.close();
}
