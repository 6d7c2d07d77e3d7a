import { readStore } from '../../../test/e2e/idb';
import { panelBadge } from '../../../test/e2e/panel-frame';
import { waitUntil } from '../../../test/e2e/wait';
import { templateClaimPages } from '../../../test/shop/pressure-catalog';
import type { Tour } from '../tour';
import { popupText } from './background-messages';

const LIPSTICK = 'https://item.jd.com/100090170017.html';

/**
 * The returns article's 同类商品升级推荐 (issue 17): a lipstick goes into the cart at ¥199, and the
 * page pushes a "Pro" at ¥229 tagged 明星同款 and "87%的用户换购了", a figure the shopper has
 * already met on a phone case and a bath towel from other shops. The popup shows the ¥30 the
 * upgrade costs and calls the 87% a template.
 */
export async function upsellPressure(tour: Tour): Promise<void> {
  for (const p of templateClaimPages()) {
    const other = await tour.session.context.newPage();
    await other.goto(`https://item.jd.com/${p.itemId}.html`);
    await panelBadge(other);
    await other.close();
  }
  const page = await tour.session.context.newPage();
  await page.goto(LIPSTICK);
  await page.waitForFunction(() => Boolean(document.querySelector('.p-price .price')?.textContent));
  await page.click('#InitCartUrl');
  await waitUntil(
    'the lipstick cart add',
    () => readStore<{ productKey: string }>(tour.session, 'cartItems'),
    (rows) => rows.some((r) => r.productKey === 'jd:100090170017'),
    { timeoutMs: 15_000 },
  );
  await page.goto(LIPSTICK);
  await panelBadge(page);
  const pageShot = await tour.screenshot(page, 'product-page-upsell');
  const popup = await tour.session.openPopup(LIPSTICK);
  const upsell = popup.locator('[data-testid="trap"][data-trap="upsell-pressure"]');
  const social = popup.locator('[data-testid="trap"][data-trap="social-proof"]');
  await upsell.waitFor({ timeout: 15_000 });
  await social.waitFor({ timeout: 15_000 });
  await upsell.scrollIntoViewIfNeeded();
  tour.steps.push({
    step: 'A carted ¥199 lipstick with a ¥229 "Pro" pushed beside it, tagged 明星同款 and "87%的用户换购了": the popup shows the ¥30 upgrade and calls the 87% a template seen on unrelated products',
    url: LIPSTICK,
    shown: {
      upsell: await upsell.locator('.trap-title').innerText(),
      upsellEvidence: (await upsell.getByTestId('trap-evidence').innerText()).replace(/\n+/g, ' '),
      socialProof: await social.locator('.trap-title').innerText(),
      socialProofEvidence: (await social.getByTestId('trap-evidence').innerText()).replace(/\n+/g, ' '),
      popup: await popupText(popup),
    },
    notifications: [],
    screenshot: `${pageShot}, ${await tour.screenshot(popup, 'popup-upsell-pressure')}`,
  });
  await popup.close();
  await page.close();
}
