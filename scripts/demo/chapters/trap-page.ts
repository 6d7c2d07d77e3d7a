import type { Tour } from '../tour';
import { popupText, waitForPrice } from './background-messages';

const CREAM = 'https://item.jd.com/100052117832.html';

/**
 * The shopper's guide's cream at 359: under three months from expiry and sold without 7-day
 * returns. Its "仅剩3件" and "24小时后恢复" badges are shown too; JD pages give no stock count
 * and one visit is no history, so the rules rightly stay silent on them.
 */
export async function trapPage(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  await page.goto(CREAM);
  await waitForPrice(page);
  const pageShot = await tour.screenshot(page, 'product-page-traps');
  const popup = await tour.session.openPopup(CREAM);
  tour.steps.push({
    step: 'A cream under three months from expiry, sold without 7-day returns: the popup says skip, with the evidence',
    url: CREAM,
    shown: { popup: await popupText(popup) },
    notifications: [],
    screenshot: `${pageShot}, ${await tour.screenshot(popup, 'popup-traps')}`,
  });
  await popup.close();
  await page.close();
}
