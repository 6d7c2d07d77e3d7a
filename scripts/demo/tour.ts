import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../../test/e2e/browser';
import type { FixtureShop } from '../../test/shop/fixture-shop';
import { fakeScarcity } from './chapters/fake-scarcity';
import { home } from './chapters/home';
import { options } from './chapters/options';
import { panelAndCart } from './chapters/panel-and-cart';
import { phone } from './chapters/phone';
import { priceHistory } from './chapters/price-history';
import { priceProtect } from './chapters/price-protect';
import { restock } from './chapters/restock';
import { trapPage } from './chapters/trap-page';
import { upsellPressure } from './chapters/upsell-pressure';
import { welcome } from './chapters/welcome';
import { demoShop } from './shop';

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
  /** The moment the extension's clock started from. */
  now: string;
  session: ExtensionSession;
  shop: FixtureShop;
  steps: TourStep[];
  /** Saves a PNG of the page (the whole page unless `fullPage: false`) into demo-output/ and returns its file name. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
}

/** Each chapter of the tour adds steps, in the order a newcomer would meet the features. */
type Chapter = (tour: Tour) => Promise<void>;

export const CHAPTERS: Chapter[] = [
  welcome,
  priceHistory,
  trapPage,
  fakeScarcity,
  upsellPressure,
  panelAndCart,
  phone,
  restock,
  priceProtect,
  home,
  options,
];

/** Runs every chapter with the extension's clock set to `now`, and says which moment in tour.json. */
export async function runTour(now: string): Promise<void> {
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const shop = demoShop(now);
  // The background's own checks fetch over HTTPS: the fixture shop answers them too.
  const session = await launchWithExtension(shop, { backgroundFetches: true, now });
  const tour: Tour = {
    now,
    session,
    shop,
    steps: [],
    async screenshot(page, name, { fullPage = true } = {}) {
      const file = `${name}.png`;
      await page.screenshot({ path: join(OUTPUT_DIR, file), fullPage });
      return file;
    },
  };
  let failure: string | null = null;
  try {
    for (const chapter of CHAPTERS) await chapter(tour);
  } catch (error) {
    failure = error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error);
  } finally {
    await session.close();
  }
  writeFileSync(join(OUTPUT_DIR, 'tour.json'), `${JSON.stringify({ moment: now, steps: tour.steps, error: failure }, null, 2)}\n`);
  console.log(`\nThe headless tour ran ${tour.steps.length} steps as of ${now}.`);
  console.log(`What the extension showed: ${join(OUTPUT_DIR, 'tour.json')}`);
  console.log(`Screenshots: ${OUTPUT_DIR}/*.png`);
  if (failure) {
    console.error(`The tour stopped early: ${failure}`);
    process.exit(1);
  }
}
