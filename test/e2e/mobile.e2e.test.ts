import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie, pinduoduoJujubes, taobaoTee, tmallCoat } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, PHONE, type ExtensionSession } from './browser';
import { panelBadge } from './panel-frame';
import { waitUntil } from './wait';

/**
 * The shops' mobile pages on a phone (Chromium's mobile emulation: 390×844, touch, a mobile user
 * agent): the panel is readable, never covers the page's bottom buy bar or its add-to-cart
 * button, and one tap on the badge opens or collapses it.
 */
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h;

interface MobilePage {
  name: string;
  url: string;
  /** The page's own bottom buy bar and its add-to-cart control. */
  bar: string;
  cart: string;
}

const PAGES: MobilePage[] = [
  { name: 'JD (item.m.jd.com)', url: 'https://item.m.jd.com/product/100038004353.html', bar: '#cart1', cart: '#addCart2' },
  {
    name: 'Pinduoduo (mobile.yangkeduo.com)',
    url: 'https://mobile.yangkeduo.com/goods.html?goods_id=498765432188',
    bar: '.goods-buy-bar',
    cart: '.buy-group',
  },
  {
    name: 'Tmall (detail.m.tmall.com)',
    url: 'https://detail.m.tmall.com/item.htm?id=652318870012',
    bar: '.bottom-bar',
    cart: '.bottom-bar .cart',
  },
  {
    name: 'Taobao (h5.m.taobao.com)',
    url: 'https://h5.m.taobao.com/awp/core/detail.htm?id=738291045600',
    bar: '.bottom-bar',
    cart: '.bottom-bar .cart',
  },
];

async function box(page: Page | Frame, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** The panel is re-placed a moment after it changes size or the page scrolls: wait until it is clear. */
async function waitClearOf(page: Page, frame: Frame, what: string, selectors: string[]): Promise<Box> {
  return waitUntil(
    `the panel to stand clear of ${what}`,
    async () => {
      // The panel's frame reports boxes in the page's coordinates.
      const panel = await box(frame, '[data-testid="panel"]');
      const blocked = await Promise.all(selectors.map(async (s) => overlaps(panel, await box(page, s))));
      return { panel, blocked: blocked.some(Boolean) };
    },
    (r) => !r.blocked,
  ).then((r) => r.panel);
}

describe('the panel on the shops’ mobile pages, on a phone', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    shop.addLive(pinduoduoJujubes());
    shop.addLive(tmallCoat());
    shop.addLive(taobaoTee());
    session = await launchWithExtension(shop, { phone: true });
  });
  afterAll(async () => session?.close());

  for (const mobile of PAGES) {
    it(`${mobile.name}: readable, clear of the buy bar, collapsed to its badge with one tap`, async () => {
      const page = await session.context.newPage();
      await page.goto(mobile.url);
      const { frame, badge } = await panelBadge(page);
      expect(await page.evaluate(() => navigator.userAgent)).toContain('Mobile');

      // Readable: a whole badge on screen, text at 12 px or more, a touch target of 44 px.
      const { width, height } = PHONE.viewport;
      const closed = await waitClearOf(page, frame, 'the buy bar', [mobile.bar, mobile.cart]);
      expect(inside(closed, width, height)).toBe(true);
      expect((await badge.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      const smallest = await frame
        .getByTestId('panel')
        .evaluate((root) => Math.min(...[...root.querySelectorAll('strong, span')].map((el) => parseFloat(getComputedStyle(el).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(12);

      // One tap opens the traps, still clear of the bar and on screen; one tap collapses it again.
      await badge.tap();
      await frame.getByTestId('panel-body').waitFor();
      const open = await waitClearOf(page, frame, 'the buy bar with the panel open', [mobile.bar, mobile.cart]);
      expect(inside(open, width, height)).toBe(true);
      expect(await frame.getByTestId('panel-body').locator('[data-testid="verdict"]').count()).toBe(1);

      // Scrolled half way down, the pinned bar stays where it was and so must the panel's distance from it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await waitClearOf(page, frame, 'the buy bar after scrolling', [mobile.bar, mobile.cart]);

      await badge.tap();
      await waitUntil(
        'the panel to collapse to its badge',
        () => frame.getByTestId('panel-body').count(),
        (n) => n === 0,
      );
      expect(await badge.getAttribute('aria-expanded')).toBe('false');
      await waitClearOf(page, frame, 'the buy bar once collapsed', [mobile.bar, mobile.cart]);
      await page.close();
    });
  }
});
