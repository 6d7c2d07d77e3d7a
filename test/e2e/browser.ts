import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { FixtureShop } from '../shop/fixture-shop';
import { TEST_NOW } from '../clock';
import { hasOpenssl, SHOP_SERVER_HOSTS, startShopServer, type ShopServer } from '../shop/server';
import { isFixtureAssetHost } from '../shop/fixture-shop';
import { waitUntil } from './wait';

const ROOT = resolve(import.meta.dirname, '../..');
/** The test build (`npm run build:test`): the production code plus the hooks tests drive, such as the clock. */
export const EXTENSION_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output-test', 'chrome-mv3');
/** The production build (`npm run build`): what ships, checked by built-extension.e2e.test.ts. */
export const PRODUCTION_EXTENSION_DIR = resolve(ROOT, process.env.WXT_PRODUCTION_OUT_DIR ?? '.output', 'chrome-mv3');

/** Debian's chromium first; CHROMIUM_PATH overrides for other machines. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** Hosts the fixture shop answers for; everything else is refused so no test touches the network. */
const SHOP_HOSTS = new Set(SHOP_SERVER_HOSTS);
export const isShopRequest = (url: string): boolean => {
  const u = new URL(url);
  return u.protocol === 'https:' && (SHOP_HOSTS.has(u.hostname) || isFixtureAssetHost(u.hostname));
};

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The HTTPS fixture shop's port on 127.0.0.1, when the session serves background fetches. */
  shopServerPort: number | null;
  /** Opens the popup as a page, pointed at the product tab `tabUrl` (or at no product). */
  openPopup(tabUrl?: string): Promise<Page>;
  /** An extension page to send messages to the background from, as the popup does. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /**
   * Also serve the fixture shop over HTTPS (test/shop/server.ts) for the extension's own background
   * fetches, which `context.route()` does not see: shop hosts resolve to it and its certificate is
   * trusted. The session closes the server with the browser.
   */
  backgroundFetches?: boolean;
  /** More Chromium switches (a benchmark opens a DevTools port to read the extension's heap). */
  extraArgs?: string[];
  /** The moment the extension's clock starts from (test builds only); default TEST_NOW. */
  now?: string;
  /** Pages open as on a phone (viewport, touch, mobile user agent) instead of a 1280×900 desktop. */
  phone?: boolean;
  /**
   * Another unpacked extension instead of the test build (a benchmark's baseline). It has no test
   * hooks, so its clock is not set.
   */
  extensionDir?: string;
}

/** A 390×844 phone with touch and a mobile Safari user agent, as the shops' mobile sites expect. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
} as const;

export async function launchWithExtension(
  shop: FixtureShop,
  {
    headless = true,
    backgroundFetches = false,
    extraArgs = [],
    now = TEST_NOW,
    phone = false,
    extensionDir = EXTENSION_DIR,
  }: LaunchOptions = {},
): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first.`);
  if (backgroundFetches && !hasOpenssl())
    throw new Error('Serving the background’s fetches needs the openssl CLI for the fixture shop’s certificate.');
  const shopServer: ShopServer | null = backgroundFetches ? await startShopServer(shop) : null;
  const profile = mkdtempSync(join(tmpdir(), 'fanchang-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ...(phone ? PHONE : { viewport: { width: 1280, height: 900 } }),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(shopServer ? [`--host-resolver-rules=${shopServer.hostResolverRules}`, '--ignore-certificate-errors'] : []),
      ...extraArgs,
    ],
  });
  // Only web requests: the extension's own pages load from chrome-extension:// untouched.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url();
      if (!isShopRequest(url)) return route.abort('blockedbyclient');
      const answer = shop.handle(url);
      if (!answer) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixture shop' });
      return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body, headers: answer.headers });
    },
  );
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  if (extensionDir === EXTENSION_DIR) await setExtensionClock(serviceWorker, now);
  return {
    context,
    extensionId,
    serviceWorker,
    shopServerPort: shopServer?.port ?? null,
    async openPopup(tabUrl) {
      const page = await context.newPage();
      // The size Chromium gives a toolbar popup, so tests and screenshots see what shoppers see.
      await page.setViewportSize({ width: 400, height: 600 });
      const query = tabUrl ? `?tab=${encodeURIComponent(tabUrl)}` : '';
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async extensionPage() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async close() {
      await context.close();
      await shopServer?.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Sets the extension's clock (test builds: src/testing/test-clock.ts) to `at` and waits until the
 * background runs on it. Extension pages opened afterwards read it when they start.
 */
export async function setExtensionClock(serviceWorker: Worker, at: string): Promise<void> {
  const chosen = Date.parse(at);
  if (!Number.isFinite(chosen)) throw new Error(`not a moment: ${at}`);
  await serviceWorker.evaluate(
    (clock) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        radarTestClock: clock,
      }),
    { at, realAt: Date.now() },
  );
  await waitUntil(
    `the background's clock to read ${at}`,
    () => serviceWorker.evaluate(() => (globalThis as { radarTestNow?: () => number }).radarTestNow?.() ?? 0),
    (ms) => Math.abs(ms - chosen) < 60_000,
  );
}
