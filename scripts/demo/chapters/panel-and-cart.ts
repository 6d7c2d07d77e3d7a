import { panelBadge } from '../../../test/e2e/panel-frame';
import type { Tour } from '../tour';
import { popupText, waitForPrice } from './background-messages';

const HOODIE_XXL = 'https://item.jd.com/100038004356.html';

/**
 * The badge on the page, opened to its traps; then the shopper puts the hoodie in the cart, which
 * the popup's 返场 watchlist keeps under the promotion it belongs to.
 */
export async function panelAndCart(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  await page.goto(HOODIE_XXL);
  await waitForPrice(page);
  // The panel is its own extension frame on the page (the shop's scripts cannot reach into it).
  const { frame, badge } = await panelBadge(page, 15_000);
  await badge.click();
  await page.waitForTimeout(400);
  tour.steps.push({
    step: 'The in-page badge shows the verdict and the trap count; clicked, it opens to the traps with their evidence',
    url: HOODIE_XXL,
    shown: {
      panel: (
        await frame
          .getByTestId('panel')
          .innerText()
          .catch(() => '')
      ).trim(),
    },
    notifications: [],
    screenshot: await tour.screenshot(page, 'panel-expanded'),
  });

  // Keep the demo on the product page: the cart gate is not part of the fixture shop.
  await page.evaluate(() => document.querySelector('#InitCartUrl')?.addEventListener('click', (e) => e.preventDefault()));
  await page.click('#InitCartUrl');
  await page.waitForTimeout(800);
  await page.close();

  const popup = await tour.session.openPopup();
  await popup.getByTestId('watchlist').waitFor();
  tour.steps.push({
    step: 'Added to the cart during the promotion: the popup away from product pages lists it in the 返场 watchlist',
    url: null,
    shown: { popup: await popupText(popup) },
    notifications: [],
    screenshot: await tour.screenshot(popup, 'popup-watchlist'),
  });
  await popup.close();
}
