import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TEST_NOW } from '../../clock';
import type { FixtureShop } from '../../shop/fixture-shop';
import { startShopProxy } from '../../shop/proxy';
import { startShopServer } from '../../shop/server';
import { isShopRequest } from '../browser';
import { waitUntil } from '../wait';
import { askBackground, fireAlarmFrom, notificationIdsFrom, readStoreFrom, setClockFrom, storageGetFrom } from './extension-api';
import { driverPage } from './page';
import type { DriverPage, ExtensionDriver, LaunchDriver, Viewport } from './types';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The Firefox test build (`npm run build:test:firefox`). */
const FIREFOX_EXTENSION_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output-test', 'firefox-mv3');
const ADDON_ID = 'fanchang-radar@fanchang.invalid';
/** Fixed before install (pref `extensions.webextensions.uuids`), so extension page addresses are known. */
const EXTENSION_UUID = '6f1c4d7e-0b7a-4c62-9a55-1f0c3e2d9b01';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Debian's Firefox ESR first; FIREFOX_PATH overrides for other machines. */
function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** The WebDriver BiDi session under puppeteer's page, for the two commands puppeteer does not offer. */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  userContext: { browser: { session: BidiSession } };
}
const bidiContext = (page: Page) => (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;

/**
 * Extension pages: BiDi never reports a moz-extension:// load as finished, so navigate without
 * waiting and poll the document instead (needs Firefox started with --remote-allow-system-access).
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  await bidiContext(page).navigate(url, 'none');
  await waitUntil(
    `${url} to load`,
    () => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => ''),
    (state) => state === `complete ${url}`,
    { timeoutMs: 15_000, intervalMs: 50 },
  );
}

async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  await page.setViewport(viewport);
  await waitUntil(
    `the page to be ${viewport.width}×${viewport.height}`,
    () => page.evaluate(() => [window.innerWidth, window.innerHeight]),
    ([w, h]) => w === viewport.width && h === viewport.height,
    { timeoutMs: 5_000 },
  );
}

function wrap(page: Page, extensionUrl: string | null): DriverPage {
  return driverPage({
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (selector) => page.click(selector),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    touchStart: async (x, y) => void (await page.touchscreen.touchStart(x, y)),
    touchMove: (x, y) => page.touchscreen.touchMove(x, y),
    touchEnd: () => page.touchscreen.touchEnd(),
    fill: (selector, value) => page.locator(selector).fill(value),
    async setFile(selector, path) {
      const input = await page.$(selector);
      if (!input) throw new Error(`nothing matches ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    reload: async () => (extensionUrl ? gotoExtensionPage(page, extensionUrl) : void (await page.reload())),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    close: () => page.close(),
  });
}

/**
 * A phone's pointer (Gecko's look-and-feel prefs: 1 = coarse, no hover), so the touch styles apply
 * as on Firefox for Android, and touch events on.
 */
const PHONE_PREFS = { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1, 'dom.w3c_touch_events.enabled': 1 };

export const launchFirefox: LaunchDriver = async (shop: FixtureShop, { now = TEST_NOW, phone = false } = {}) => {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:test:firefox\` first.`);
  const server = await startShopServer(shop);
  const proxy = await startShopProxy(server.port, (host) => isShopRequest(`https://${host}/`));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
        // Headless Firefox has no system notification service: its own alert window can be read and clicked.
        'alerts.useSystemBackend': false,
        'intl.accept_languages': 'zh-CN, zh',
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        // No DNS-over-HTTPS and no name lookups of its own: every request goes to the proxy.
        'network.trr.mode': 5,
        'network.proxy.socks_remote_dns': true,
        ...(phone ? PHONE_PREFS : {}),
      },
    });
  } catch (error) {
    await proxy.close();
    await server.close();
    throw error;
  }
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const openExtensionPage = async (path: string, viewport?: Viewport): Promise<DriverPage> => {
    const page = await browser.newPage();
    const url = `${ORIGIN}/${path}`;
    await gotoExtensionPage(page, url);
    // Set once the extension page is up: a viewport set before the switch into the extension's process is lost.
    if (viewport) await setViewport(page, viewport);
    return wrap(page, url);
  };
  const control = await openExtensionPage('popup.html');
  const session = bidiContext((await browser.pages()).at(-1)!).userContext.browser.session;

  async function alertWindows(): Promise<Array<{ context: string; title: string }>> {
    const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: Array<{ context: string; url: string }>;
    };
    const windows = tree.contexts.filter((c) => c.url === 'chrome://global/content/alerts/alert.xhtml');
    return Promise.all(
      windows.map(async ({ context }) => {
        const read = (await session.send('script.evaluate', {
          expression: `document.getElementById('alertTitleLabel')?.getAttribute('value') ?? ''`,
          target: { context },
          awaitPromise: false,
        })) as { result: { result?: { value?: string } } };
        return { context, title: read.result.result?.value ?? '' };
      }),
    );
  }

  const driver: ExtensionDriver = {
    browserName: 'firefox',
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      return wrap(page, null);
    },
    openPopup: (tabUrl, viewport = { width: 400, height: 600 }) =>
      openExtensionPage(`popup.html${tabUrl ? `?tab=${encodeURIComponent(tabUrl)}` : ''}`, viewport),
    openOptions: (viewport = { width: 1280, height: 900 }) => openExtensionPage('options.html', viewport),
    background: (type, data) => askBackground(control, type, data),
    readStore: (name) => readStoreFrom(control, name),
    storageGet: (key) => storageGetFrom(control, key),
    setClock: (at) => setClockFrom(control, at),
    fireAlarm: (name) => fireAlarmFrom(control, name),
    notifications: () => notificationIdsFrom(control),
    async clickNotification(_id, title) {
      // The extension asked for it; Firefox shows it in its own alert window, which the shopper clicks.
      const shown = await waitUntil(
        `Firefox's alert window titled "${title}"`,
        () => alertWindows(),
        (all) => all.some((w) => w.title === title),
      );
      const target = shown.find((w) => w.title === title)!;
      await session.send('script.evaluate', {
        expression: `document.getElementById('alertBox').click()`,
        target: { context: target.context },
        awaitPromise: false,
      });
    },
    async waitForTab(url) {
      const found = await waitUntil(
        `a tab at ${url}`,
        async () => (await browser.pages()).find((p) => p.url() === url) ?? null,
        (p) => p !== null,
        { timeoutMs: 15_000 },
      );
      return wrap(found!, null);
    },
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
    },
  };
  await driver.setClock(now);
  return driver;
};
