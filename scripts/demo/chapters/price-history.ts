import type { Tour } from '../tour';
import { popupText, waitForPrice } from './background-messages';

const HOODIE = 'https://item.jd.com/100038004353.html';

/** A JD page is read and stored; the shop lowers the price; the history gains a point. */
export async function priceHistory(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  await page.goto(HOODIE);
  await waitForPrice(page);
  const pageShot = await tour.screenshot(page, 'product-page');
  const popup = await tour.session.openPopup(HOODIE);
  tour.steps.push({
    step: 'Open a JD product page: the extension reads and stores its price; the popup shows the verdict, traps and history',
    url: HOODIE,
    shown: { popup: await popupText(popup) },
    notifications: [],
    screenshot: `${pageShot}, ${await tour.screenshot(popup, 'popup-product')}`,
  });
  await popup.close();

  tour.shop.setPrice('jd', '100038004353', 269);
  await page.reload();
  await waitForPrice(page, '269.00');
  const after = await tour.session.openPopup(HOODIE);
  tour.steps.push({
    step: 'The shop lowers the price to 269 and the shopper reloads: the history has two points',
    url: HOODIE,
    shown: { popup: await popupText(after) },
    notifications: [],
    screenshot: await tour.screenshot(after, 'popup-price-history'),
  });
  await after.close();
  await page.close();
}
