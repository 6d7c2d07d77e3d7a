import type { Page } from 'playwright-core';
import { TEST_NOW } from '../../clock';
import type { FixtureShop } from '../../shop/fixture-shop';
import { launchWithExtension, setExtensionClock } from '../browser';
import { waitUntil } from '../wait';
import { askBackground, fireAlarmFrom, notificationIdsFrom, readStoreFrom, storageGetFrom } from './extension-api';
import { driverPage } from './page';
import type { DriverPage, LaunchDriver } from './types';

/** The extension API inside the service worker, where `evaluate` callbacks run. */
declare const chrome: { notifications: { onClicked: unknown } };

/** A finger that stays down: Playwright only taps, so the touch points go through the DevTools protocol. */
function touchOf(page: Page) {
  const session = page.context().newCDPSession(page);
  const send = async (type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: Array<{ x: number; y: number }>) =>
    void (await (await session).send('Input.dispatchTouchEvent', { type, touchPoints }));
  return {
    touchStart: (x: number, y: number) => send('touchStart', [{ x, y }]),
    touchMove: (x: number, y: number) => send('touchMove', [{ x, y }]),
    touchEnd: () => send('touchEnd', []),
  };
}

function wrap(page: Page): DriverPage {
  let touch: ReturnType<typeof touchOf> | null = null;
  const finger = () => (touch ??= touchOf(page));
  return driverPage({
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (selector) => page.click(selector),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    touchStart: (x, y) => finger().touchStart(x, y),
    touchMove: (x, y) => finger().touchMove(x, y),
    touchEnd: () => finger().touchEnd(),
    fill: (selector, value) => page.fill(selector, value),
    setFile: (selector, path) => page.setInputFiles(selector, path),
    reload: async () => void (await page.reload()),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    close: () => page.close(),
  });
}

/** Playwright over Debian's Chromium (test/e2e/browser.ts), with the background's fetches served too. */
export const launchChromium: LaunchDriver = async (shop: FixtureShop, { now = TEST_NOW, phone = false } = {}) => {
  const session = await launchWithExtension(shop, { backgroundFetches: true, now, phone });
  const control = wrap(await session.extensionPage());
  const extensionPage = async (path: string, viewport: { width: number; height: number }) => {
    const page = await session.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    return wrap(page);
  };
  return {
    browserName: 'chromium',
    async openPage(url) {
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return wrap(page);
    },
    async openPopup(tabUrl, viewport) {
      const page = await session.openPopup(tabUrl);
      if (viewport) await page.setViewportSize(viewport);
      return wrap(page);
    },
    openOptions: (viewport = { width: 1280, height: 900 }) => extensionPage('options.html', viewport),
    background: (type, data) => askBackground(control, type, data),
    readStore: (name) => readStoreFrom(control, name),
    storageGet: (key) => storageGetFrom(control, key),
    setClock: (at) => setExtensionClock(session.serviceWorker, at),
    fireAlarm: (name) => fireAlarmFrom(control, name),
    notifications: () => notificationIdsFrom(control),
    async clickNotification(id) {
      // Headless Chromium shows no notification to click: the click event is dispatched in the service worker.
      await session.serviceWorker.evaluate((nid) => (chrome.notifications.onClicked as { dispatch(id: string): void }).dispatch(nid), id);
    },
    async waitForTab(url) {
      const page = await waitUntil(
        `a tab at ${url}`,
        () => session.context.pages().find((p) => p.url() === url) ?? null,
        (p) => p !== null,
        { timeoutMs: 15_000 },
      );
      return wrap(page!);
    },
    close: () => session.close(),
  };
};
