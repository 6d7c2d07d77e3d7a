import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../../test/e2e/browser';
import type { FixtureShop } from '../../test/shop/fixture-shop';
import { demoShop, DEMO_PRODUCTS } from './shop';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../demo-output');

export interface TourStep {
  step: string;
  url: string | null;
  /** What the extension showed, as text read off the screen. */
  shown: Record<string, unknown>;
  notifications: Array<{ title: string; message: string }>;
  screenshot: string | null;
}

export interface Tour {
  session: ExtensionSession;
  shop: FixtureShop;
  steps: TourStep[];
  /** Saves a PNG of the page into demo-output/ and returns its file name. */
  screenshot(page: Page, name: string): Promise<string>;
}

/** Each chapter of the tour adds steps; later features add chapters here. */
type Chapter = (tour: Tour) => Promise<void>;

async function firstVisit(tour: Tour): Promise<void> {
  const url = DEMO_PRODUCTS[0].url;
  const page = await tour.session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.querySelector('.p-price .price')?.textContent));
  await page.waitForTimeout(800);
  const pageShot = await tour.screenshot(page, 'product-page');
  const popup = await tour.session.openPopup(url);
  await popup.getByTestId('current-price').waitFor();
  tour.steps.push({
    step: 'Open a JD product page: the extension reads and stores its price; the popup shows it',
    url,
    shown: await readPopup(popup),
    notifications: [],
    screenshot: `${pageShot}, ${await tour.screenshot(popup, 'popup-product')}`,
  });
  await popup.close();
  await page.close();
}

async function priceChange(tour: Tour): Promise<void> {
  const url = DEMO_PRODUCTS[0].url;
  tour.shop.setPrice('jd', '100038004353', 269);
  const page = await tour.session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.p-price .price')?.textContent === '269.00');
  await page.waitForTimeout(800);
  const popup = await tour.session.openPopup(url);
  await popup.getByTestId('price-history').locator('tbody tr').nth(1).waitFor();
  tour.steps.push({
    step: 'The shop lowers the price to 269 and the shopper reloads: the history has two points',
    url,
    shown: await readPopup(popup),
    notifications: [],
    screenshot: await tour.screenshot(popup, 'popup-price-history'),
  });
  await popup.close();
  await page.close();
}

async function noProduct(tour: Tour): Promise<void> {
  const popup = await tour.session.openPopup('https://www.baidu.com/');
  await popup.locator('main').waitFor();
  await popup.waitForTimeout(300);
  tour.steps.push({
    step: 'The popup away from a product page',
    url: 'https://www.baidu.com/',
    shown: { text: (await popup.locator('main').innerText()).trim() },
    notifications: [],
    screenshot: await tour.screenshot(popup, 'popup-no-product'),
  });
  await popup.close();
}

export const CHAPTERS: Chapter[] = [firstVisit, priceChange, noProduct];

async function readPopup(popup: Page): Promise<Record<string, unknown>> {
  return {
    title: (await popup.locator('.product-title').textContent())?.trim() ?? null,
    price: (await popup.getByTestId('current-price').textContent())?.trim() ?? null,
    history: (await popup.getByTestId('price-history').locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()),
  };
}

export async function runTour(): Promise<void> {
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const shop = demoShop();
  const session = await launchWithExtension(shop);
  const tour: Tour = {
    session,
    shop,
    steps: [],
    async screenshot(page, name) {
      const file = `${name}.png`;
      await page.screenshot({ path: join(OUTPUT_DIR, file), fullPage: true });
      return file;
    },
  };
  let failure: unknown = null;
  try {
    for (const chapter of CHAPTERS) await chapter(tour);
  } catch (error) {
    failure = error;
  } finally {
    await session.close();
  }
  writeFileSync(join(OUTPUT_DIR, 'tour.json'), `${JSON.stringify({ ranAt: new Date().toISOString(), steps: tour.steps, error: failure ? String(failure) : null }, null, 2)}\n`);
  console.log(`\nThe headless tour ran ${tour.steps.length} steps.`);
  console.log(`What the extension showed: ${join(OUTPUT_DIR, 'tour.json')}`);
  console.log(`Screenshots: ${OUTPUT_DIR}/*.png`);
  if (failure) {
    console.error(`The tour stopped early: ${String(failure)}`);
    process.exit(1);
  }
}
