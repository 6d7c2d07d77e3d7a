import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';

const ITEM_URL = 'https://item.jd.com/100038004353.html';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openProduct(session: ExtensionSession, setup?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await session.context.newPage();
  await setup?.(page);
  await page.goto(ITEM_URL);
  await page.getByTestId('panel-badge').waitFor({ timeout: 20_000 });
  return page;
}

describe('the in-page panel on a JD product page', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  it('shows the verdict and the trap count in a shadow root, clear of the cart button', async () => {
    const page = await openProduct(session);
    const host = page.locator('fanchang-radar-panel');
    expect(await host.evaluate((el) => el.shadowRoot !== null)).toBe(true);
    // Styles stay inside: the shop's font and colours do not reach the badge, nor ours the page.
    const badgeFont = await page.getByTestId('panel-badge').evaluate((el) => getComputedStyle(el).fontSize);
    expect(badgeFont).toBe('13px');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(245, 245, 245)');
    expect(await page.evaluate(() => document.querySelector('.panel-root, .badge'))).toBeNull();
    const badge = page.getByTestId('panel-badge');
    await expect.poll(() => page.getByTestId('panel-count').textContent()).toMatch(/^\d+ 个陷阱$/);
    expect(await page.getByTestId('panel').locator('.badge-verdict').textContent()).toMatch(/^(别买|可以等|现在买)$/);
    const cart = (await page.locator('#InitCartUrl').boundingBox())!;
    expect(overlaps((await badge.boundingBox())!, cart)).toBe(false);
    await page.close();
  });

  it('opens with the keyboard into the traps with their evidence, stays clear of the buttons, and Esc closes it', async () => {
    const page = await openProduct(session);
    await page.getByTestId('panel-badge').focus();
    await page.keyboard.press('Enter');
    const body = page.getByTestId('panel-body');
    await body.waitFor();
    expect(await page.getByTestId('panel-badge').getAttribute('aria-expanded')).toBe('true');
    expect(await body.getByTestId('verdict').count()).toBe(1);
    // M and L are sold out with S and XXL left: only the ends of the run remain.
    const sizeRun = body.locator('[data-trap="size-run"]');
    await sizeRun.waitFor();
    await sizeRun.getByTestId('trap-toggle').click();
    expect(await sizeRun.getByTestId('trap-evidence').textContent()).toContain('XXL');
    const cart = (await page.locator('#InitCartUrl').boundingBox())!;
    await expect.poll(async () => overlaps((await page.getByTestId('panel').boundingBox())!, cart)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => body.count()).toBe(0);
    await page.close();
  });

  it('moves out of the way of a sticky buy bar at the bottom right', async () => {
    const page = await openProduct(session, (p) =>
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
    await expect.poll(async () => overlaps((await page.getByTestId('panel-badge').boundingBox())!, bar)).toBe(false);
    await page.close();
  });

  it('follows a dark page', async () => {
    const page = await openProduct(session, (p) =>
      p.addInitScript(() => {
        addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'html, body { background: #121212 !important; color: #eee !important; }';
          document.head.append(style);
        });
      }),
    );
    expect(await page.getByTestId('panel').getAttribute('class')).toContain('scheme-dark');
    const colors = await page.getByTestId('panel-badge').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colors).toBe('rgb(22, 27, 34)');
    await page.close();
  });

  it('can be hidden on the site, and stays hidden on the next visit', async () => {
    const page = await openProduct(session);
    await page.getByTestId('panel-badge').click();
    await page.getByTestId('panel-dismiss').click();
    await expect.poll(() => page.locator('fanchang-radar-panel').count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.p-price .price')?.textContent?.trim());
    await page.waitForTimeout(1500);
    expect(await page.locator('fanchang-radar-panel').count()).toBe(0);
    await page.close();
  });
});
