import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductSnapshot } from '../../src/core/types';
import type { AlertView, CheckRoundSummary, WatchResult } from '../../src/messaging/watch-messages';
import { pinduoduoJujubes, taobaoTee, tmallCoat, tmallSerum } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import type { LiveProduct } from '../shop/types';
import { askBackground } from './ask-background';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './idb';

/**
 * Taobao, Tmall and Pinduoduo end to end in the built extension: live products of the fixture shop
 * at their real addresses, read by the content scripts, stored by the background, shown by the
 * popup; add-to-cart on Tmall, a fake low-stock counter, and a restock found by a background check.
 */

const COAT = 'https://detail.tmall.com/item.htm?id=652318870012';
const SERUM = 'https://detail.tmall.com/item.htm?id=41238709188';
const COAT_M = '5233100102';
const COAT_L = '5233100103';

interface ProductRow {
  key: string;
  snapshot: ProductSnapshot;
}

interface CartItemRow {
  productKey: string;
  skuId: string | null;
  quantity: number;
  price: number | null;
  source: string;
}

const SITES = [
  {
    name: 'Tmall',
    make: tmallCoat,
    url: COAT,
    newPrice: 799,
    shownPrice: '¥799',
    restock: { skuId: COAT_L, stock: 3 },
  },
  {
    name: 'Taobao',
    make: taobaoTee,
    url: 'https://item.taobao.com/item.htm?id=738291045600',
    newPrice: 69,
    shownPrice: '¥69',
    restock: { skuId: '5131772200002', stock: 9 },
  },
  {
    name: 'Pinduoduo',
    make: pinduoduoJujubes,
    url: 'https://mobile.yangkeduo.com/goods.html?goods_id=498765432188',
    newPrice: 17.9,
    shownPrice: '¥17.90',
    restock: { skuId: '88120102', stock: 40 },
  },
] as const;

const stockBySku = (skus: ReadonlyArray<{ skuId: string; stock: number | null }>) =>
  Object.fromEntries(skus.map((s) => [s.skuId, s.stock]));

describe('Taobao, Tmall and Pinduoduo product pages in the built extension', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;
  let extensionPage: Page;

  const background = <T>(type: string, data?: unknown) => askBackground<T>(extensionPage, type, data);

  async function storedSnapshot(key: string): Promise<ProductSnapshot | undefined> {
    return (await readStore<ProductRow>(session, 'products')).find((r) => r.key === key)?.snapshot;
  }

  async function popupPrice(url: string): Promise<Page> {
    const popup = await session.openPopup(url);
    await popup.getByTestId('current-price').waitFor({ timeout: 15_000 });
    return popup;
  }

  beforeAll(async () => {
    for (const make of [tmallCoat, tmallSerum, taobaoTee, pinduoduoJujubes]) shop.addLive(make());
    session = await launchWithExtension(shop, { backgroundFetches: true });
    extensionPage = await session.extensionPage();
  });

  afterAll(async () => session?.close());

  it.each(SITES)('$name: stores the product with its stock per SKU, and follows the shop’s new price and stock', async (c) => {
    const live: LiveProduct = c.make();
    const key = `${live.site}:${live.itemId}`;
    const page = await session.context.newPage();
    await page.goto(c.url);
    await expect.poll(async () => stockBySku((await storedSnapshot(key))?.skus ?? []), { timeout: 20_000 }).toEqual(stockBySku(live.skus));
    const first = (await storedSnapshot(key))!;
    expect(first).toMatchObject({ site: live.site, itemId: live.itemId, title: live.title, shop: live.shop, listPrice: live.listPrice });

    shop.setPrice(live.site, live.itemId, c.newPrice);
    shop.setStock(live.site, live.itemId, c.restock.skuId, c.restock.stock);
    await page.reload();
    await expect
      .poll(
        async () => {
          const s = await storedSnapshot(key);
          return { price: s?.price, stock: s?.skus.find((k) => k.skuId === c.restock.skuId)?.stock };
        },
        { timeout: 20_000 },
      )
      .toEqual({ price: c.newPrice, stock: c.restock.stock });

    const popup = await popupPrice(c.url);
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(c.shownPrice);
    expect(await popup.locator('.product-title').textContent()).toContain(live.title.slice(0, 8));
    await popup.close();
    await page.close();
  });

  it('Tmall: remembers an add-to-cart of the chosen size with quantity 2 at the price then', async () => {
    const page = await session.context.newPage();
    await page.goto(COAT);
    await page.waitForFunction(() => (document.querySelector('[class*="Price--priceText--"]')?.textContent ?? '') !== '');
    await page.getByText('L', { exact: true }).click();
    // Choosing the size selects the SKU (the one colour is chosen already) and names it in the address.
    await expect.poll(() => new URL(page.url()).searchParams.get('skuId')).toBe(COAT_L);
    await page.locator('[class*="Operation--countValue--"]').fill('2');
    await page.getByRole('button', { name: '加入购物车' }).click();
    const fromPage = async () => (await readStore<CartItemRow>(session, 'cartItems')).filter((i) => i.source === 'product-page');
    await expect.poll(fromPage, { timeout: 15_000 }).toHaveLength(1);
    const price = shop.product('tmall', '652318870012').skus.find((s) => s.skuId === COAT_L)!.price;
    expect((await fromPage())[0]).toMatchObject({ productKey: 'tmall:652318870012', skuId: COAT_L, quantity: 2, price });
    await page.close();
  });

  it('Tmall: "仅剩3件" on the page while its SKU data holds 86 is shown as a fake low-stock warning', async () => {
    const page = await session.context.newPage();
    await page.goto(SERUM);
    await expect
      .poll(async () => (await storedSnapshot('tmall:41238709188'))?.signals.lowStockText ?? null, { timeout: 20_000 })
      .toBe('仅剩3件');
    expect(await page.locator('[class*="SkuContent--quantity--"]').textContent()).toBe('仅剩3件');

    const popup = await popupPrice(SERUM);
    const trap = popup.locator('[data-testid="trap"][data-trap="fake-scarcity"]');
    await trap.waitFor({ timeout: 15_000 });
    expect(await trap.locator('.trap-title').textContent()).toBe('库存紧张是假的');
    await trap.getByTestId('trap-toggle').click();
    const evidence = await trap.getByTestId('trap-evidence').textContent();
    expect(evidence).toContain('仅剩3件');
    expect(evidence).toContain('86');
    await popup.close();
    await page.close();
  });

  it('Tmall: a background check finds the sold-out size back in stock and raises a restock alert', async () => {
    const made = await background<WatchResult>('createWatch', { kind: 'restock', productKey: 'tmall:652318870012', skuId: COAT_M });
    if (!made.ok) throw new Error(made.message);
    expect(made.watch).toMatchObject({ sizeLabel: 'M', lastAvailable: false });
    const checkedPage = `${COAT}&skuId=${COAT_M}`;

    const before = shop.requests.length;
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({
      checked: 1,
      alerts: 0,
      failed: 0,
    });
    // The service worker fetched the size's Tmall page itself, over the fixture shop's HTTPS server.
    expect(shop.requests.slice(before)).toContain(checkedPage);

    shop.setStock('tmall', '652318870012', COAT_M, 4);
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ checked: 1, alerts: 1 });
    const [alert] = await background<AlertView[]>('listAlerts');
    expect(alert).toMatchObject({ kind: 'restock', url: checkedPage });
    expect(alert?.title).toBe('到货了：双面羊毛大衣女 中长款 冬季新款 双11返场');
    expect(alert?.body).toBe('M 码有货了，现价 ¥799。点击打开商品页。');
  });
});
