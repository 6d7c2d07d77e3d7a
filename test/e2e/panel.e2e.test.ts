import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { panelBadge } from './panel-frame';

const ITEM_URL = 'https://item.jd.com/100038004353.html';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openProduct(session: ExtensionSession, setup?: (page: Page) => Promise<unknown>): Promise<{ page: Page; panel: Frame }> {
  const page = await session.context.newPage();
  await setup?.(page);
  await page.goto(ITEM_URL);
  const { frame } = await panelBadge(page);
  return { page, panel: frame };
}

describe('the in-page panel on a JD product page', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  it('shows the verdict and the trap count in its own frame, clear of the cart button', async () => {
    const { page, panel } = await openProduct(session);
    // The page sees a host element with a closed shadow root, and no panel content at all.
    expect(await page.locator('fanchang-radar-panel').evaluate((el) => el.shadowRoot)).toBeNull();
    // Styles stay inside: the shop's font and colours do not reach the badge, nor ours the page.
    const badgeFont = await panel.getByTestId('panel-badge').evaluate((el) => getComputedStyle(el).fontSize);
    expect(badgeFont).toBe('13px');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(245, 245, 245)');
    expect(await page.evaluate(() => document.querySelector('.panel-root, .badge'))).toBeNull();
    const badge = panel.getByTestId('panel-badge');
    await expect.poll(() => panel.getByTestId('panel-count').textContent()).toMatch(/^\d+ 个陷阱$/);
    expect(await panel.getByTestId('panel').locator('.badge-verdict').textContent()).toMatch(/^(别买|可以等|现在买)$/);
    const cart = (await page.locator('#InitCartUrl').boundingBox())!;
    expect(overlaps((await badge.boundingBox())!, cart)).toBe(false);
    await page.close();
  });

  it('opens with the keyboard into the traps with their evidence, stays clear of the buttons, and Esc closes it', async () => {
    const { page, panel } = await openProduct(session);
    await panel.getByTestId('panel-badge').focus();
    await page.keyboard.press('Enter');
    const body = panel.getByTestId('panel-body');
    await body.waitFor();
    expect(await panel.getByTestId('panel-badge').getAttribute('aria-expanded')).toBe('true');
    expect(await body.getByTestId('verdict').count()).toBe(1);
    // M and L are sold out with S and XXL left: only the ends of the run remain.
    const sizeRun = body.locator('[data-trap="size-run"]');
    await sizeRun.waitFor();
    expect(await sizeRun.getByTestId('trap-evidence').textContent()).toContain('XXL');
    const cart = (await page.locator('#InitCartUrl').boundingBox())!;
    await expect.poll(async () => overlaps((await panel.getByTestId('panel').boundingBox())!, cart)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => body.count()).toBe(0);
    await page.close();
  });

  it('moves out of the way of a sticky buy bar at the bottom right', async () => {
    const { page, panel } = await openProduct(session, (p) =>
      p.addInitScript(() => {
        addEventListener('DOMContentLoaded', () => {
          const bar = document.createElement('a');
          bar.id = 'InitCartUrl-mini';
          bar.textContent = '加入购物车';
          bar.setAttribute('style', 'position:fixed;right:0;bottom:0;width:360px;height:120px;background:#e4393c;color:#fff;z-index:10');
          document.body.append(bar);
        });
      }),
    );
    const bar = (await page.locator('#InitCartUrl-mini').boundingBox())!;
    await expect.poll(async () => overlaps((await panel.getByTestId('panel-badge').boundingBox())!, bar)).toBe(false);
    await page.close();
  });

  it('follows a dark page', async () => {
    const { page, panel } = await openProduct(session, (p) =>
      p.addInitScript(() => {
        addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'html, body { background: #121212 !important; color: #eee !important; }';
          document.head.append(style);
        });
      }),
    );
    expect(await panel.getByTestId('panel').getAttribute('class')).toContain('scheme-dark');
    const colors = await panel.getByTestId('panel-badge').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colors).toBe('rgb(22, 27, 34)');
    await page.close();
  });

  it('can be hidden on the site, and stays hidden on the next visit', async () => {
    const { page, panel } = await openProduct(session);
    await panel.getByTestId('panel-badge').click();
    await panel.getByTestId('panel-dismiss').click();
    await expect.poll(() => page.locator('fanchang-radar-panel').count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.p-price .price')?.textContent?.trim());
    await page.waitForTimeout(1500);
    expect(await page.locator('fanchang-radar-panel').count()).toBe(0);
    await page.close();
  });
});
