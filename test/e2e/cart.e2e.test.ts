import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './idb';

interface CartItemRow {
  productKey: string;
  skuId: string | null;
  quantity: number;
  price: number | null;
  source: string;
}

const cartItems = (session: ExtensionSession) => readStore<CartItemRow>(session, 'cartItems');

// The add to cart on a product page is a shared scenario (scenarios/core.ts), run in Chromium and Firefox.
describe('what goes into the cart is remembered', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    shop.addSaved('https://cart.jd.com/cart_index', resolve(import.meta.dirname, '../fixtures/jd/cart.html'));
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  it('imports the lines of the cart page', async () => {
    const page = await session.context.newPage();
    await page.goto('https://cart.jd.com/cart_index');
    await expect
      .poll(
        async () =>
          (await cartItems(session))
            .filter((i) => i.source === 'cart-page')
            .map((i) => i.productKey)
            .sort(),
        { timeout: 20_000 },
      )
      .toEqual(['jd:100009464821', 'jd:100038004317']);
    await page.close();
  });

  it('says on the page when a cart page cannot be read, and records nothing from it', async () => {
    shop.addSaved('https://cart.taobao.com/cart.htm', resolve(import.meta.dirname, '../fixtures/cart/not-a-cart.html'));
    const before = (await cartItems(session)).length;
    const page = await session.context.newPage();
    await page.goto('https://cart.taobao.com/cart.htm', { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('fanchang-radar-notice').count(), { timeout: 20_000 }).toBe(1);
    expect((await cartItems(session)).length).toBe(before);
    await page.close();
  });
});
