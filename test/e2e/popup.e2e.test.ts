import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { panelBadge } from './panel-frame';

const ITEM_URL = 'https://item.jd.com/100038004353.html';

async function visit(session: ExtensionSession, url: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(url);
  // The content script has stored the page once the panel asks about it.
  await panelBadge(page);
  await page.close();
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the popup, clicked through in Chromium', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
    await visit(session, ITEM_URL);
  });
  afterAll(async () => session?.close());

  it('asks for sizes on first run above the product, then highlights the shopper’s size', async () => {
    const popup = await session.openPopup(ITEM_URL);
    await popup.getByTestId('welcome').waitFor();
    expect(await popup.getByTestId('current-price').textContent()).toBe('¥299');
    await popup.getByTestId('size-top').fill('M');
    await popup.getByTestId('welcome-save').click();
    await expect.poll(() => popup.getByTestId('welcome').count()).toBe(0);
    await expect.poll(() => popup.locator('[data-testid="sku-table"] tr.mine').getAttribute('data-sku')).toBe('100038004354');
    expect(await popup.locator('tr.mine .mine-tag').textContent()).toBe('你的尺码');
    // The shopper's M is sold out: a broken size run, the most serious trap, and the verdict says skip.
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('skip');
    expect(await popup.getByTestId('trap').first().getAttribute('data-trap')).toBe('size-run');
    expect(await popup.getByTestId('trap').first().getByTestId('trap-evidence').textContent()).toContain('M');
    await popup.reload();
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('welcome').count()).toBe(0);
    await popup.close();
  });

  it('draws the price chart, switches ranges, and reads out the point under the pointer or the keyboard', async () => {
    const popup = await session.openPopup(ITEM_URL);
    const chart = popup.getByTestId('price-chart');
    await chart.locator('canvas').waitFor();
    const range = (r: string) => popup.locator(`[data-range="${r}"]`);
    expect(await range('30d').getAttribute('aria-pressed')).toBe('true');
    await range('1y').click();
    // The pressed state follows Preact's next render: poll for it rather than race it.
    await expect.poll(() => range('1y').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => range('30d').getAttribute('aria-pressed')).toBe('false');
    await chart.locator('canvas').waitFor();

    const box = (await chart.locator('.u-over').boundingBox())!;
    await popup.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await expect.poll(() => popup.getByTestId('chart-readout').textContent()).toContain('¥299');
    expect(await popup.locator('.u-legend').textContent()).toContain('¥299');

    await chart.focus();
    await popup.keyboard.press('Home');
    await expect.poll(() => popup.getByTestId('chart-readout').textContent()).toMatch(/¥299/);
    await popup.close();
  });

  it('finds the product from the search box away from a product page, and goes back', async () => {
    const popup = await session.openPopup('https://www.baidu.com/');
    expect(await popup.getByTestId('no-product').textContent()).toContain('打开京东、淘宝、天猫或拼多多的商品页');
    await popup.getByTestId('watchlist-empty').waitFor();
    await popup.getByTestId('search-input').fill('卫衣');
    await popup.getByTestId('search-result').first().click();
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.locator('.product-title').textContent()).toContain('连帽加绒卫衣');
    await popup.getByTestId('back').click();
    await popup.getByTestId('search').waitFor();
    await popup.getByTestId('search-input').fill('没有这个东西');
    await expect.poll(() => popup.getByTestId('search-empty').textContent()).toContain('没有找到');
    await popup.close();
  });

  it('sets a restock alert for the shopper’s sold-out size, and the options page lists it', async () => {
    const popup = await session.openPopup(ITEM_URL);
    const restock = popup.getByTestId('watch-restock');
    await restock.waitFor();
    expect(await restock.textContent()).toContain('M');
    await restock.click();
    await expect.poll(() => restock.textContent()).toBe('已设置到货提醒');
    expect(await restock.isDisabled()).toBe(true);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('watch-restock').textContent()).toBe('已设置到货提醒');

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const watch = options.getByTestId('watch');
    await watch.waitFor();
    expect(await watch.textContent()).toContain('连帽加绒卫衣');
    await watch.getByTestId('pause-watch').click();
    await expect.poll(() => watch.getAttribute('data-status')).toBe('paused');
    await options.close();
    await popup.close();
  });

  it('is keyboard-navigable: Tab reaches the ranges, the chart and the alert buttons in order', async () => {
    const popup = await session.openPopup(ITEM_URL);
    await popup.getByTestId('price-chart').locator('canvas').waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      await popup.keyboard.press('Tab');
      reached.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.dataset.testid ?? el?.dataset.range ?? el?.tagName.toLowerCase() ?? '';
        }),
      );
    }
    const at = (name: string) => reached.indexOf(name);
    expect(at('30d')).toBeGreaterThan(-1);
    expect(at('price-chart')).toBeGreaterThan(at('30d'));
    expect(at('watch-restock')).toBeGreaterThan(at('price-chart'));
    await popup.close();
  });

  it('fits the popup’s fixed width and a narrow window without sideways scrolling', async () => {
    for (const width of [400, 320]) {
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${encodeURIComponent(ITEM_URL)}`);
      await popup.getByTestId('price-chart').locator('canvas').waitFor();
      expect(await horizontalOverflow(popup), `at ${width}px`).toBeLessThanOrEqual(0);
      await popup.close();
    }
  });
});
