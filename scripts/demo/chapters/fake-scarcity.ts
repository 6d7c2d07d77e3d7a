import type { Tour } from '../tour';
import { popupText } from './background-messages';

const SERUM = 'https://detail.tmall.com/item.htm?id=41238709188';

/**
 * The returns-marketing article's fake scarcity, on a Tmall page: the buy box says "仅剩3件" while
 * the page's own SKU data holds 86 of the 30ml and 124 of the 50ml. The popup names the trap and
 * shows the numbers behind it.
 */
export async function fakeScarcity(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  await page.goto(SERUM);
  // The ICE app shows its price after hydration; the extension reads the page once it is there.
  await page.waitForFunction(() => (document.querySelector('[class*="Price--priceText--"]')?.textContent ?? '') !== '');
  const pageShot = await tour.screenshot(page, 'product-page-fake-scarcity');
  const popup = await tour.session.openPopup(SERUM);
  const trap = popup.locator('[data-testid="trap"][data-trap="fake-scarcity"]');
  await trap.waitFor({ timeout: 15_000 });
  // The shopper opens the trap for its evidence (traps show one line until then).
  await trap.getByTestId('trap-toggle').click();
  await trap.getByTestId('trap-evidence').waitFor();
  tour.steps.push({
    step: 'A Tmall serum says "仅剩3件" while its own SKU data holds 86: the popup calls the low-stock warning fake, with the numbers',
    url: SERUM,
    shown: {
      trap: await trap.locator('.trap-title').innerText(),
      evidence: (await trap.getByTestId('trap-evidence').innerText()).replace(/\n+/g, ' '),
      popup: await popupText(popup),
    },
    notifications: [],
    screenshot: `${pageShot}, ${await tour.screenshot(popup, 'popup-fake-scarcity')}`,
  });
  await popup.close();
  await page.close();
}
