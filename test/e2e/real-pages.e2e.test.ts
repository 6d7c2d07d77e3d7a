import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductSnapshot } from '../../src/core/types';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './idb';
import { hasShared, REAL_PAGES_DIR } from '../shared';

const REAL_PAGES = REAL_PAGES_DIR;

/** Pages saved from the live shops, served at their real addresses, read by the built extension. */
const CASES = [
  { url: 'https://item.taobao.com/item.htm?id=562283240178', file: 'taobao.html', key: 'taobao:562283240178', price: 149, priceMax: 159 },
  { url: 'https://detail.tmall.com/item.htm?id=605258110430', file: 'tmall.html', key: 'tmall:605258110430', title: 'iPhone 11 4G全网通' },
];

describe.runIf(hasShared(REAL_PAGES_DIR))('real shop pages in the built extension', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    for (const c of CASES) shop.addSaved(c.url, resolve(REAL_PAGES, c.file));
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  for (const c of CASES) {
    it(`reads and stores ${c.file} opened at ${new URL(c.url).hostname}`, async () => {
      const page = await session.context.newPage();
      await page.goto(c.url, { waitUntil: 'domcontentloaded' });
      const find = async () =>
        (await readStore<{ key: string; snapshot: ProductSnapshot }>(session, 'products')).find((p) => p.key === c.key);
      await expect.poll(find, { timeout: 20_000 }).toBeTruthy();
      const { snapshot } = (await find())!;
      expect(snapshot.price).toBeGreaterThan(0);
      if (c.price) expect(snapshot.price).toBe(c.price);
      if (c.priceMax) expect(snapshot.priceMax).toBe(c.priceMax);
      if (c.title) expect(snapshot.title).toContain(c.title);
      expect(snapshot.skus.length).toBeGreaterThan(0);

      const popup = await session.openPopup(c.url);
      await expect.poll(() => popup.getByTestId('current-price').textContent()).toContain(String(snapshot.price));
      await popup.close();
      await page.close();
    });
  }
});
