/**
 * A watch context for unit tests: WXT's fake browser, a fresh fake-indexeddb database, the fixture
 * shop behind `fetch` (redirects behave as in Chromium: a redirect to a host the extension has no
 * permission for fails like a CORS error), and linkedom as the DOM parser.
 */
import { DOMParser } from 'linkedom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WatchContext } from '../../../src/background/watch/context';
import { inPlaceReader } from '../../../src/background/watch/page-reader';
import { readProductHtml, type HtmlParser } from '../../../src/background/watch/read-html';
import type { WatchSettings } from '../../../src/background/watch/settings';
import { jdPriceRequest } from '../../../src/background/watch/site-checks';
import { SITE_HOSTS } from '../../../src/core/hosts';
import type { ProductSnapshot } from '../../../src/core/types';
import { DEFAULT_PROMO_EVENTS, type PromoEvent } from '../../../src/promo';
import { RadarDatabase, ingestSnapshot } from '../../../src/store';
import { FixtureShop } from '../../shop/fixture-shop';

export const parser = new DOMParser() as unknown as HtmlParser;

const PERMITTED_HOSTS = new Set(Object.values(SITE_HOSTS).flatMap((h) => [...h.product, ...h.cart]));

let databases = 0;

/** The URL a `fetch` was called with, whatever form it came in. */
export function requestUrl(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** `fetch` answered by the fixture shop, counting every request it sees. */
export function shopFetch(shop: FixtureShop, log: string[] = []): typeof fetch {
  return async (input, init) => {
    let url = requestUrl(input);
    for (let hop = 0; hop < 5; hop++) {
      log.push(url);
      const answer = shop.handle(url);
      if (!answer) return new Response('not in the fixture shop', { status: 404 });
      const location = answer.headers?.['location'];
      if (answer.status >= 300 && answer.status < 400 && location) {
        if (init?.redirect === 'manual') return new Response(null, { status: answer.status, headers: { location } });
        if (!PERMITTED_HOSTS.has(new URL(location).hostname)) throw new TypeError('Failed to fetch');
        url = location;
        continue;
      }
      const response = new Response(typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body), {
        status: answer.status,
        headers: { 'content-type': answer.contentType, ...answer.headers },
      });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    }
    throw new TypeError('Failed to fetch: too many redirects');
  };
}

export interface TestWorld {
  ctx: WatchContext;
  db: RadarDatabase;
  shop: FixtureShop;
  requests: string[];
  clock: { now: Date };
  settings: WatchSettings;
  events: PromoEvent[];
}

export function makeWorld(start = '2026-11-20T10:00:00+08:00'): TestWorld {
  fakeBrowser.reset();
  const db = new RadarDatabase(`watch-test-${++databases}-${Math.random().toString(36).slice(2)}`);
  const shop = new FixtureShop();
  const requests: string[] = [];
  const clock = { now: new Date(start) };
  // The store's defaults (30-minute period, no quiet hours), in Chinese, every kind of alert on.
  const settings: WatchSettings = {
    periodMinutes: 30,
    quietHours: null,
    lang: 'zh',
    timeZone: undefined,
    notify: { restock: true, price: true, fanchang: true },
  };
  const events: PromoEvent[] = [...DEFAULT_PROMO_EVENTS];
  const ctx: WatchContext = {
    db,
    notifications: fakeBrowser.notifications,
    alarms: fakeBrowser.alarms,
    tabs: fakeBrowser.tabs,
    fetch: shopFetch(shop, requests),
    reader: inPlaceReader(parser),
    politeness: async () => ({ maxConcurrent: 2, minGapMs: 0 }),
    form: 'rich',
    settings: async () => settings,
    promoEvents: async () => events,
    now: () => clock.now,
    random: () => 0.5,
  };
  return { ctx, db, shop, requests, clock, settings, events };
}

/** The shopper opening a product page: what the content script reads once the price has loaded. */
export async function visit(world: TestWorld, url: string): Promise<ProductSnapshot> {
  const answer = world.shop.handle(url);
  if (!answer) throw new Error(`the fixture shop does not serve ${url}`);
  const read = readProductHtml(parser, { html: String(answer.body), url, now: world.clock.now.toISOString() });
  if (!read.ok) throw new Error(read.error);
  const sku = new URL(url).pathname.match(/(\d+)\.html/)?.[1];
  const price = sku ? world.shop.handle(`https://p.3.cn/prices/mgets?skuIds=J_${sku}`) : null;
  if (sku && price) jdPriceRequest(sku).apply(read.snapshot, String(price.body));
  await ingestSnapshot(world.db, read.snapshot);
  return read.snapshot;
}

export function advance(world: TestWorld, minutes: number): void {
  world.clock.now = new Date(world.clock.now.getTime() + minutes * 60_000);
}
