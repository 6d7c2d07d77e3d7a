import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { AlertView, CheckRoundSummary, WatchList, WatchResult } from '../../src/messaging/watch-messages';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { askBackground } from './ask-background';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './idb';
import { waitUntil } from './wait';

/**
 * The restock story end to end in Chromium: the service worker's own fetches reach the fixture shop
 * over HTTPS (test/shop/server.ts), pages load through `context.route()`, and both are answered by
 * one FixtureShop whose stock and prices the test changes.
 */
/** The extension API inside the service worker and extension pages, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

const S_PAGE = 'https://item.jd.com/100038004353.html';
const M_PAGE = 'https://item.jd.com/100038004354.html';
const KEY = 'jd:100038004353';
const S = '100038004353';
const M = '100038004354';

describe('restock and price alerts from background checks', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;
  let extensionPage: Page;

  const background = <T>(type: string, data?: unknown) => askBackground<T>(extensionPage, type, data);

  async function systemNotifications(): Promise<string[]> {
    return session.serviceWorker.evaluate(
      () => new Promise<string[]>((resolve) => chrome.notifications.getAll((all) => resolve(Object.keys(all)))),
    );
  }

  /** Requests the service worker made to item.jd.com since `from` (page loads go through route(), the worker's do not). */
  function backgroundPageRequests(from: number): string[] {
    return shop.requests.slice(from).filter((u) => u === M_PAGE || u === S_PAGE);
  }

  async function openProductPage(url: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (document.querySelector('.p-price .price')?.textContent ?? '') !== '');
    return page;
  }

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop, { backgroundFetches: true });
    extensionPage = await session.extensionPage();
  });

  afterAll(async () => session?.close());

  let restockWatch = 0;

  it('checks a sold-out size when the alarm fires, and notifies when the shop restocks it', async () => {
    const page = await openProductPage(S_PAGE);
    // The page is stored, then closed: a later re-read of an open page would count as the watch's first check.
    await waitUntil(
      'the product page to be stored',
      async () => (await readStore<{ key: string }>(session, 'products')).some((p) => p.key === KEY),
      (stored) => stored,
      { timeoutMs: 15_000 },
    );
    await page.close();
    const created = await background<WatchResult>('createWatch', { kind: 'restock', productKey: KEY, skuId: M });
    if (!created.ok) throw new Error(`no watch: ${created.message}`);
    restockWatch = created.watch.id;
    expect(created.watch).toMatchObject({ sizeLabel: 'M', lastAvailable: false, lastCheckedAt: null });

    // Make the watch due and fire the check alarm from the service worker, as Chrome would. An
    // alarm whose time has passed fires at once, so no clock is read to schedule it.
    await background('resumeWatch', { id: restockWatch });
    const before = shop.requests.length;
    await session.serviceWorker.evaluate(() => chrome.alarms.create('watch-check', { when: 1 }));
    await expect
      .poll(async () => (await background<WatchList>('listWatches')).watches[0]?.lastCheckedAt ?? null, { timeout: 15_000 })
      .not.toBeNull();
    expect(backgroundPageRequests(before)).toEqual([M_PAGE]);
    expect(shop.requests.slice(before)).toContain(`https://p.3.cn/prices/mgets?skuIds=J_${M}`);
    expect(await background<AlertView[]>('listAlerts')).toEqual([]);

    shop.setStock('jd', S, M, 5);
    const round = await background<CheckRoundSummary>('checkWatchesNow', { id: restockWatch });
    expect(round).toMatchObject({ checked: 1, alerts: 1 });
    const [alert] = await background<AlertView[]>('listAlerts');
    expect(alert).toMatchObject({ kind: 'restock', url: M_PAGE, held: false });
    expect(alert?.title).toBe('到货了：连帽加绒卫衣男 冬季宽松潮牌 双11返场补货');
    expect(alert?.body).toBe('M 码有货了，现价 ¥299。点击打开商品页。');
    expect(await systemNotifications()).toEqual([`fanchang-alert:${alert!.id}`]);

    // Checked again, still in stock: no second notification for the same restock.
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: restockWatch })).toMatchObject({ checked: 1, alerts: 0 });
    expect(await background<AlertView[]>('listAlerts')).toHaveLength(1);
  });

  it('opens the size’s page when the notification is clicked', async () => {
    const [id] = await systemNotifications();
    // Headless Chromium shows no notification to click: the click event is dispatched in the service worker.
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url() === M_PAGE, timeout: 15_000 });
    await session.serviceWorker.evaluate(
      (nid) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(nid),
      id!,
    );
    const page = await opened;
    await expect.poll(() => systemNotifications()).toEqual([]);
    await page.close();
  });

  it('notifies when the price drops to the promo price, with the price then and now', async () => {
    const made = await background<WatchResult>('createWatch', { kind: 'price', productKey: KEY, skuId: S, targetPrice: 279 });
    if (!made.ok) throw new Error(made.message);
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ checked: 1, alerts: 0 });
    shop.setPrice('jd', S, 279, S);
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ checked: 1, alerts: 1 });
    const [alert] = await background<AlertView[]>('listAlerts');
    expect(alert).toMatchObject({ kind: 'price', url: S_PAGE });
    expect(alert?.title).toBe('回到大促价：连帽加绒卫衣男 冬季宽松潮牌 双11返场补货');
    expect(alert?.body).toBe('S 现价 ¥279，之前 ¥299（大促价 ¥279）。点击打开商品页。');
    expect(await systemNotifications()).toContain(`fanchang-alert:${alert!.id}`);
  });

  it('pauses a host behind a login wall, asks the shopper to open the page, and resumes after their visit', async () => {
    shop.loginWalled.add('item.jd.com');
    expect(await background<CheckRoundSummary>('checkWatchesNow')).toMatchObject({ walls: 1, checked: 0 });
    const list = await background<WatchList>('listWatches');
    expect(list.blockedHosts).toEqual([expect.objectContaining({ host: 'item.jd.com', reason: 'login' })]);
    expect(list.watches.every((w) => w.blockedBy?.host === 'item.jd.com')).toBe(true);
    const [alert] = await background<AlertView[]>('listAlerts');
    expect(alert).toMatchObject({ kind: 'host-blocked', title: '请打开一次京东页面' });
    expect(alert?.body).toContain('京东要求登录，已暂停对 item.jd.com 的后台检查');
    expect(await systemNotifications()).toContain(`fanchang-alert:${alert!.id}`);

    // While paused, checks do not knock on the wall again.
    const before = shop.requests.length;
    expect(await background<CheckRoundSummary>('checkWatchesNow')).toMatchObject({ checked: 0, deferred: 2, walls: 0 });
    expect(backgroundPageRequests(before)).toEqual([]);

    // The shopper logs in and opens the page: the content script's read lifts the pause.
    shop.loginWalled.delete('item.jd.com');
    const page = await openProductPage(S_PAGE);
    await expect.poll(async () => (await background<WatchList>('listWatches')).blockedHosts, { timeout: 15_000 }).toEqual([]);
    await page.close();
    expect(await background<CheckRoundSummary>('checkWatchesNow')).toMatchObject({ walls: 0, deferred: 0, failed: 0 });
  });
});
