import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoBefore, TEST_NOW } from '../clock';
import { faceCream } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, setExtensionClock, type ExtensionSession } from './browser';
import { panelBadge } from './panel-frame';
import { waitUntil } from './wait';

const CREAM_URL = 'https://item.jd.com/100052117832.html';
const POPUP_HEIGHT = 600;

async function visit(session: ExtensionSession, url: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(url);
  // The content script has stored the page once the panel (in its frame) shows it.
  await panelBadge(page);
  await page.close();
}

/** Where an element sits in the popup's 400×600 viewport, scrolled to the top as the popup opens. */
async function boxOf(popup: Page, testId: string) {
  const box = await popup.getByTestId(testId).first().boundingBox();
  if (!box) throw new Error(`${testId} is not shown`);
  return box;
}

describe('the popup at a glance (issue 16)', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(faceCream());
    // Seen during 双11's main sale, then again in its 返场: a promo price and a 返场 to tell.
    session = await launchWithExtension(shop, { now: isoBefore(TEST_NOW, 4) });
    await visit(session, CREAM_URL);
    await setExtensionClock(session.serviceWorker, TEST_NOW);
    await visit(session, CREAM_URL);
    // The first-run welcome sits above everything once; the shopper skips it.
    const first = await session.openPopup(CREAM_URL);
    await first.getByTestId('welcome-skip').click();
    await waitUntil(
      'the welcome to close',
      () => first.getByTestId('welcome').count(),
      (n) => n === 0,
    );
    await first.close();
  });
  afterAll(async () => session?.close());

  it('shows the verdict, the price beside the promo price and the whole chart without scrolling on a three-trap product', async () => {
    const popup = await session.openPopup(CREAM_URL);
    await popup.getByTestId('price-chart').locator('canvas').waitFor();
    expect(popup.viewportSize()).toEqual({ width: 400, height: POPUP_HEIGHT });
    expect(await popup.getByTestId('trap').count()).toBeGreaterThanOrEqual(3);
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);

    for (const id of ['verdict', 'current-price', 'summary-promo-price']) {
      const box = await boxOf(popup, id);
      expect(box.y + box.height, id).toBeLessThanOrEqual(POPUP_HEIGHT);
    }
    expect(await popup.getByTestId('summary-promo-price').textContent()).toContain('¥359');
    const chart = await boxOf(popup, 'price-chart');
    expect(chart.y).toBeGreaterThanOrEqual(0);
    expect(chart.x).toBeGreaterThanOrEqual(0);
    expect(chart.x + chart.width).toBeLessThanOrEqual(400);
    expect(chart.y + chart.height).toBeLessThanOrEqual(POPUP_HEIGHT);
    await popup.close();
  });

  it('opens a trap’s evidence with Enter, and keeps the last one opened open next time', async () => {
    const popup = await session.openPopup(CREAM_URL);
    const traps = popup.getByTestId('trap');
    await traps.first().waitFor();
    expect(await popup.getByTestId('trap-evidence').count()).toBe(0);
    const second = traps.nth(1);
    const id = await second.getAttribute('data-trap');
    await second.getByTestId('trap-toggle').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => second.getAttribute('data-open')).toBe('true');
    expect(await second.getByTestId('trap-evidence').count()).toBe(1);
    await popup.close();

    const again = await session.openPopup(CREAM_URL);
    const reopened = again.locator(`[data-testid="trap"][data-trap="${id}"]`);
    await reopened.waitFor();
    expect(await reopened.getAttribute('data-open')).toBe('true');
    expect(await again.locator('[data-testid="trap"][data-open="true"]').count()).toBe(1);
    await again.close();
  });
});
