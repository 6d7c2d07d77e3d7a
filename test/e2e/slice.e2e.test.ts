import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { storedMonths, type StoredQuarterRow } from './history-rows';
import { readStore } from './idb';

const ITEM_URL = 'https://item.jd.com/100038004353.html';

/** The product-level price runs, oldest first: the store files them per product and month (a quarter to a stored row) as series of [at, lastSeenAt, price, ...]. */
async function storedObservations(session: ExtensionSession, key: string) {
  return storedMonths(await readStore<StoredQuarterRow>(session, 'productQuarters'), key).flatMap((r) =>
    r.series.filter((s) => s.skuId === '').flatMap((s) => s.runs.map((run) => ({ price: run[2] }))),
  );
}

async function waitForObservations(session: ExtensionSession, key: string, count: number) {
  await expect.poll(async () => (await storedObservations(session, key)).length, { timeout: 15_000 }).toBe(count);
  return storedObservations(session, key);
}

describe('the slice: JD product page -> background store -> popup', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  it('says helpfully that there is no product when the tab is not a product page', async () => {
    const popup = await session.openPopup('https://www.baidu.com/');
    await expect.poll(() => popup.getByTestId('no-product').textContent()).toContain('打开京东、淘宝、天猫或拼多多的商品页');
    await popup.close();
  });

  it('stores the price the page shows once it has loaded, and the popup shows it', async () => {
    const page = await session.context.newPage();
    await page.goto(ITEM_URL);
    const [first] = await waitForObservations(session, 'jd:100038004353', 1);
    expect(first?.price).toBe(299);

    const popup = await session.openPopup(ITEM_URL);
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe('¥299');
    expect(await popup.locator('.product-title').textContent()).toContain('连帽加绒卫衣');
    expect(await popup.getByTestId('price-history').locator('tbody tr').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('records a second point after the shop changes the price and the page is reloaded', async () => {
    shop.setPrice('jd', '100038004353', 269);
    const page = await session.context.newPage();
    await page.goto(ITEM_URL);
    const rows = await waitForObservations(session, 'jd:100038004353', 2);
    expect(rows.map((r) => r.price)).toEqual([299, 269]);

    const popup = await session.openPopup(ITEM_URL);
    await expect.poll(() => popup.getByTestId('price-history').locator('tbody tr').count()).toBe(2);
    expect(await popup.getByTestId('current-price').textContent()).toBe('¥269');
    await popup.close();
    await page.close();
  });

  it('does not add a point when the same price is seen again', async () => {
    const page = await session.context.newPage();
    await page.goto(ITEM_URL);
    await page.waitForFunction(() => document.querySelector('.p-price .price')?.textContent === '269.00');
    // Give the content script time to send; the count must stay at two change points.
    await page.waitForTimeout(1000);
    expect(await storedObservations(session, 'jd:100038004353')).toHaveLength(2);
    await page.close();
  });
});
