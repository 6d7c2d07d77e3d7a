/**
 * The shop page is hostile (issue 12), through the background: a shop's redirects, a backup file
 * and a page built to be slow to read. The background's own fetches go to the HTTPS fixture shop,
 * which records what reached it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductLookup } from '../../src/core/views';
import type { AlertView, CheckRoundSummary, WatchResult } from '../../src/messaging/watch-messages';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import type { LiveProduct } from '../shop/types';
import { askBackground } from './ask-background';
import { exportBackupText, importBackupText } from './backup-files';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './idb';
import { panelBadge } from './panel-frame';
import { waitUntil } from './wait';

const KEY = 'jd:100038004353';
const S = '100038004353';
const S_PAGE = `https://item.jd.com/${S}.html`;

/** A JD product whose promotion block is 20,000 digits long (the review froze a page with it). */
function spikyPromotion(): LiveProduct {
  const p = hoodie();
  const id = '100099990001';
  return {
    ...p,
    itemId: id,
    skus: [{ ...p.skus[0]!, skuId: id }],
    promotions: [`满${'1'.repeat(20_000)}减20`, '满300减40'],
  };
}

describe('a hostile shop, seen from the background', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;
  let extensionPage: Page;
  let port: number;
  const background = <T>(type: string, data?: unknown) => askBackground<T>(extensionPage, type, data);
  const hitsOn = (host: string, from = 0) => shop.requests.slice(from).filter((u) => new URL(u).hostname === host);

  beforeAll(async () => {
    shop.addLive(hoodie());
    shop.addLive(spikyPromotion());
    session = await launchWithExtension(shop, { backgroundFetches: true });
    port = session.shopServerPort!;
    extensionPage = await session.extensionPage();
    const page = await session.context.newPage();
    await page.goto(S_PAGE);
    await panelBadge(page);
    await page.close();
  });
  afterAll(async () => session?.close());

  it('sends a check no cookie of the shopper, SameSite=Strict or any (finding 9)', async () => {
    await session.context.addCookies([
      { name: 'strict_session', value: 's', domain: 'item.jd.com', path: '/', secure: true, sameSite: 'Strict' },
      { name: 'lax_pref', value: 'l', domain: 'item.jd.com', path: '/', secure: true, sameSite: 'Lax' },
    ]);
    const made = await background<WatchResult>('createWatch', { kind: 'price', productKey: KEY, skuId: S, targetPrice: 1 });
    if (!made.ok) throw new Error(made.message);
    const before = shop.requests.length;
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ checked: 1 });
    expect(hitsOn('item.jd.com', before)).toEqual([S_PAGE]);
    expect(shop.cookies.filter((c) => c.url === S_PAGE)).toEqual([]);
  });

  it('never offers to read the shopper’s own machine or network (finding 9)', async () => {
    for (const url of ['http://127.0.0.1:8080/admin', 'https://192.168.1.1/', 'http://router.local/status', 'https://[::1]/'])
      expect(await background<ProductLookup>('getProductView', { url }), url).toEqual({ status: 'not-a-product-page' });
    expect(await background<ProductLookup>('getProductView', { url: 'https://www.example-shop.test/p/1' })).toEqual({
      status: 'not-a-product-page',
      otherShopOrigin: 'https://www.example-shop.test',
    });
  });

  it('does not follow a shop’s redirect to the router, nor keep what is there (finding 2)', async () => {
    shop.addPage(`https://127.0.0.1:${port}/router`, {
      status: 200,
      contentType: 'text/html;charset=utf-8',
      body: `<title>ROUTER ADMIN</title><script type="application/ld+json">{"@type":"Product","name":"ROUTER ADMIN","sku":"${S}",
        "offers":{"@type":"Offer","price":"0.5","priceCurrency":"CNY"}}</script><div class="p-price"><span class="price">0.50</span></div>`,
    });
    shop.addPage(S_PAGE, { status: 302, contentType: 'text/html', body: '', headers: { location: `https://127.0.0.1:${port}/router` } });
    const [watch] = (await background<{ watches: Array<{ id: number; lastPrice: number | null }> }>('listWatches', {})).watches;
    const before = shop.requests.length;
    const round = await background<CheckRoundSummary>('checkWatchesNow', { id: watch!.id });
    expect(round).toMatchObject({ alerts: 0 });
    expect(hitsOn('127.0.0.1', before)).toEqual([]);
    const after = (await background<{ watches: Array<{ id: number; lastPrice: number | null }> }>('listWatches', {})).watches[0]!;
    expect(after.lastPrice).not.toBe(0.5);
    const titles = (await readStore<{ title: string | null }>(session, 'products')).map((p) => p.title);
    expect(titles).not.toContain('ROUTER ADMIN');
    shop.removePage(S_PAGE);
  });

  it('reads a page with 20,000 digits in its promotions, in the tab and in a check (finding 8)', async () => {
    const spiky = spikyPromotion();
    const page = await session.context.newPage();
    await page.goto(`https://item.jd.com/${spiky.itemId}.html`);
    // Stored within the usual bounded wait: the parsers no longer stall on the digits.
    const row = await waitUntil(
      'the page with 20,000 digits to be read and stored',
      async () =>
        (await readStore<{ key: string; snapshot: { offers: unknown[] } }>(session, 'products')).find(
          (p) => p.key === `jd:${spiky.itemId}`,
        ),
      (r) => r !== undefined,
    );
    expect(row!.snapshot.offers).toContainEqual({ kind: 'threshold', threshold: 300, discount: 40, repeat: false });
    await page.close();
    const made = await background<WatchResult>('createWatch', { kind: 'price', productKey: `jd:${spiky.itemId}`, targetPrice: 1 });
    if (!made.ok) throw new Error(made.message);
    expect(await background<CheckRoundSummary>('checkWatchesNow', { id: made.watch.id })).toMatchObject({ failed: 0 });
    const { watches } = await background<{ watches: Array<{ id: number; lastCheckedAt: string | null; failureCount: number }> }>(
      'listWatches',
      {},
    );
    expect(watches.find((w) => w.id === made.watch.id)).toMatchObject({ lastCheckedAt: expect.any(String), failureCount: 0 });
  });

  it('takes from a backup no address to open or fetch but the product’s own (finding 7)', async () => {
    const backup = JSON.parse(await exportBackupText(session)) as {
      tables: {
        products: Array<Record<string, unknown> & { snapshot: Record<string, unknown> }>;
        watches: Array<Record<string, unknown>>;
        notifications: Array<Record<string, unknown>>;
      };
    };
    const alert = (id: number, url: string) => ({
      id,
      watchId: null,
      productKey: KEY,
      kind: 'restock',
      eventKey: `restock:imported:${id}`,
      title: '有货了',
      body: '',
      sentAt: '2026-11-15T02:00:00.000Z',
      url,
    });
    const productsBefore = (await readStore(session, 'products')).length;
    for (const url of ['data:text/html,<h1>x</h1>', 'file:///etc/passwd', 'chrome://settings/']) {
      const refused = await importBackupText(
        session,
        JSON.stringify({ ...backup, tables: { ...backup.tables, notifications: [alert(9001, url)] } }),
      );
      expect(refused.ok, url).toBe(false);
      expect((await readStore(session, 'products')).length).toBe(productsBefore);
    }

    // A product and a watch at the shopper's router, and an alert that points elsewhere.
    const router = `https://127.0.0.1:${port}`;
    const [jdRow] = backup.tables.products.filter((p) => p.key === KEY);
    const routerRow = {
      ...jdRow!,
      key: `schema-org:${router}#1`,
      site: 'schema-org',
      itemId: `${router}#1`,
      snapshot: { ...jdRow!.snapshot, site: 'schema-org', itemId: `${router}#1`, url: `${router}/router` },
    };
    const [watchRow] = backup.tables.watches;
    const tables = {
      ...backup.tables,
      products: [...backup.tables.products, routerRow],
      watches: [...backup.tables.watches, { ...watchRow!, id: 9002, productKey: routerRow.key, skuId: null }],
      notifications: [alert(9003, 'https://evil.example/phish')],
    };
    expect(await importBackupText(session, JSON.stringify({ ...backup, tables }))).toMatchObject({ ok: true });

    const before = shop.requests.length;
    await background<CheckRoundSummary>('checkWatchesNow', { id: 9002 });
    expect(hitsOn('127.0.0.1', before)).toEqual([]);

    const [imported] = (await background<AlertView[]>('listAlerts', { limit: 5 })).filter((a) => a.id === 9003);
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    expect(await background<{ ok: boolean }>('openAlert', { id: imported!.id })).toEqual({ ok: true });
    const tab = await opened;
    expect(tab.url()).toBe(S_PAGE);
    await tab.close();
  });
});
