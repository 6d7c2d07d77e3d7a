import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWatchService } from '../../../src/background/watch/service';
import { hostBook } from '../../../src/background/watch/state-items';
import { addWatch, getWatch, listWatches } from '../../../src/store';
import type { LiveProduct } from '../../shop/types';
import { hoodie } from '../../shop/catalog';
import { advance, makeWorld, requestUrl, visit, type TestWorld } from './harness';

const S_PAGE = 'https://item.jd.com/100038004353.html';
const KEY = 'jd:100038004353';
const MINUTE = 60_000;

/** `count` one-size JD products, each watched for a price drop. */
async function watchedProducts(world: TestWorld, count: number): Promise<LiveProduct[]> {
  const service = createWatchService(world.ctx);
  const products: LiveProduct[] = [];
  for (let i = 0; i < count; i++) {
    const itemId = String(200000000 + i);
    const p = world.shop.addLive({
      ...hoodie(),
      itemId,
      skus: [{ skuId: itemId, props: { 尺码: '均码' }, price: 100, stock: 9 }],
      price: 100,
    });
    products.push(p);
    await visit(world, `https://item.jd.com/${itemId}.html`);
    const created = await service.handlers.createWatch({ kind: 'price', productKey: `jd:${itemId}`, targetPrice: 80 });
    if (!created.ok) throw new Error(created.message);
    advance(world, 1);
  }
  return products;
}

describe('a login wall', () => {
  it('pauses the host, asks the shopper once, stops requesting, and resumes after their visit', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    const seen = await visit(world, S_PAGE);
    await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: '100038004354' });

    world.shop.loginWalled.add('item.jd.com');
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ walls: 1, checked: 0 });
    const alerts = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(alerts.map((a) => a.title)).toEqual(['请打开一次京东页面']);
    expect(alerts[0]?.message).toContain('要求登录');
    const list = await service.handlers.listWatches();
    expect(list.blockedHosts).toEqual([
      expect.objectContaining({ host: 'item.jd.com', reason: 'login', openUrl: 'https://item.jd.com/100038004354.html' }),
    ]);
    expect(list.watches[0]?.blockedBy?.host).toBe('item.jd.com');

    // Later rounds do not knock on the wall again, and do not ask again.
    const asked = world.requests.length;
    advance(world, 40);
    expect(await service.runRound()).toMatchObject({ deferred: 1, checked: 0 });
    expect(world.requests.length).toBe(asked);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);

    // The content script running on the wall page itself reads no product: the pause stays.
    const wallRead = { ...seen, capturedAt: world.clock.now.toISOString(), price: null, skus: [], title: '京东验证' };
    await service.observeSnapshot(wallRead);
    expect((await service.handlers.listWatches()).blockedHosts).toHaveLength(1);

    // The shopper opens the page, logs in: the visit reads the product, the host is open again.
    world.shop.loginWalled.delete('item.jd.com');
    await service.observeSnapshot(await visit(world, S_PAGE));
    expect(await hostBook.get('item.jd.com')).toBeNull();
    // The visit itself counted as the watch's check (the S page lists the M size).
    expect((await listWatches(world.db))[0]?.lastCheckedAt).toBe(world.clock.now.toISOString());
    expect((await service.handlers.listWatches()).blockedHosts).toEqual([]);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ checked: 1, walls: 0 });
  });

  it('met by two pages of one host in the same round is one wall and one question', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    await visit(world, S_PAGE);
    await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: '100038004354' });
    await service.handlers.createWatch({ kind: 'price', productKey: KEY, skuId: '100038004353', targetPrice: 200 });
    world.shop.loginWalled.add('item.jd.com');
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ due: 2, walls: 1, deferred: 1 });
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
  });

  it('can be lifted from the popup', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    await visit(world, S_PAGE);
    await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: '100038004354' });
    world.shop.loginWalled.add('item.jd.com');
    advance(world, 31);
    await service.runRound();
    world.shop.loginWalled.delete('item.jd.com');
    await service.handlers.resumeHostChecks({ host: 'item.jd.com' });
    expect((await service.handlers.listWatches()).blockedHosts).toEqual([]);
    expect(await service.runRound()).toMatchObject({ checked: 1 });
  });
});

describe('errors', () => {
  it('back off exponentially per watch and hold the whole host back', async () => {
    const world = makeWorld();
    await watchedProducts(world, 1);
    const service = createWatchService(world.ctx);
    let calls = 0;
    world.ctx.fetch = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const [watch] = await listWatches(world.db);
      world.clock.now = new Date(
        Math.max(
          Date.parse(watch!.nextCheckAt),
          (await hostBook.get('item.jd.com'))?.retryAt ? Date.parse((await hostBook.get('item.jd.com'))!.retryAt!) : 0,
        ),
      );
      expect(await service.runRound()).toMatchObject({ failed: 1 });
      const after = (await listWatches(world.db))[0]!;
      waits.push((Date.parse(after.nextCheckAt) - world.clock.now.getTime()) / MINUTE);
      expect(after.failureCount).toBe(round + 1);
    }
    expect(waits).toEqual([30, 60, 120]);
    // Each failure tried the page once: redirects are never followed, so there is nothing to probe.
    expect(calls).toBe(3);

    const health = await hostBook.get('item.jd.com');
    expect(health).toMatchObject({ failures: 3, lastError: 'network error: Failed to fetch' });
    expect(Date.parse(health!.retryAt!) - world.clock.now.getTime()).toBe(8 * MINUTE);
  });

  it('back off a watch whose product page is unknown instead of keeping it at the head of every round', async () => {
    const world = makeWorld();
    await addWatch(world.db, {
      productKey: 'schema-org:https://www.example-shop.test/p/1',
      kind: 'price',
      targetPrice: 10,
      createdAt: world.clock.now.toISOString(),
    });
    const service = createWatchService(world.ctx);
    expect(await service.runRound()).toMatchObject({ due: 1, failed: 1 });
    const [watch] = await listWatches(world.db);
    expect(watch?.failureCount).toBe(1);
    expect(Date.parse(watch!.nextCheckAt)).toBeGreaterThan(world.clock.now.getTime());
    expect(world.requests).toEqual([]);
  });

  it('recover: a successful check resets the failure count and the host', async () => {
    const world = makeWorld();
    await watchedProducts(world, 1);
    const service = createWatchService(world.ctx);
    const working = world.ctx.fetch;
    world.ctx.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    advance(world, 31);
    await service.runRound();
    world.ctx.fetch = working;
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ checked: 1 });
    expect((await listWatches(world.db))[0]?.failureCount).toBe(0);
    expect(await hostBook.get('item.jd.com')).toMatchObject({ failures: 0, retryAt: null });
  });
});

describe('a page whose check breaks', () => {
  it('fails alone: the round goes on, and the broken watch backs off', async () => {
    const world = makeWorld();
    await watchedProducts(world, 2);
    world.ctx.politeness = async () => ({ maxConcurrent: 1, minGapMs: 0 });
    let calls = 0;
    world.ctx.random = () => {
      if (calls++ === 0) throw new Error('disk error');
      return 0.5;
    };
    advance(world, 60);
    expect(await createWatchService(world.ctx).runRound()).toMatchObject({ due: 2, checked: 1, failed: 1 });
    expect((await listWatches(world.db)).map((w) => w.failureCount).sort()).toEqual([0, 1]);
  });
});

describe('a round cut short', () => {
  it('resumes with what was not checked, most overdue first, and checks nothing twice', async () => {
    const world = makeWorld();
    const products = await watchedProducts(world, 4);
    world.ctx.politeness = async () => ({ maxConcurrent: 1, minGapMs: 0 });
    advance(world, 60);

    // The first worker checks one page, then stops (the browser kills it) while fetching the second.
    const stalled = `https://item.jd.com/${products[1]!.itemId}.html`;
    const working = world.ctx.fetch;
    let stalledAt = false;
    world.ctx.fetch = (input, init) => {
      if (requestUrl(input) !== stalled) return working(input, init);
      stalledAt = true;
      return new Promise<Response>(() => {});
    };
    void createWatchService(world.ctx).runRound();
    await expect.poll(() => stalledAt).toBe(true);
    world.requests.length = 0;

    // A new worker (same storage, same database) runs the round that is still due.
    world.ctx.fetch = working;
    advance(world, 1);
    const report = await createWatchService(world.ctx).runRound();
    expect(report).toMatchObject({ due: 3, checked: 3 });
    const pages = world.requests.filter((u) => u.startsWith('https://item.jd.com/'));
    expect(pages).toEqual([1, 2, 3].map((i) => `https://item.jd.com/${products[i]!.itemId}.html`));

    // Every watch now has a check on record, and the next round is a period away.
    const watches = await listWatches(world.db);
    expect(watches.every((w) => w.lastCheckedAt !== null)).toBe(true);
    expect(await createWatchService(world.ctx).runRound()).toMatchObject({ due: 0 });
  });
});

describe('politeness in a round', () => {
  it('keeps the per-host limits across many watches on one host', async () => {
    const world = makeWorld();
    await watchedProducts(world, 6);
    let inFlight = 0;
    let peak = 0;
    const starts: number[] = [];
    const working = world.ctx.fetch;
    world.ctx.politeness = async () => ({ maxConcurrent: 2, minGapMs: 20 });
    world.ctx.fetch = async (input, init) => {
      if (!requestUrl(input).startsWith('https://item.jd.com/')) return working(input, init);
      inFlight++;
      peak = Math.max(peak, inFlight);
      starts.push(performance.now());
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      return working(input, init);
    };
    advance(world, 60);
    expect(await createWatchService(world.ctx).runRound()).toMatchObject({ checked: 6 });
    expect(peak).toBe(2);
    // The gate spaces starts by 20 ms; what this wrapper sees is a little later, by a varying delay.
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
  });
});

describe('watches of one product and page', () => {
  it('share one fetch', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    await visit(world, S_PAGE);
    await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: '100038004354' });
    await service.handlers.createWatch({ kind: 'price', productKey: KEY, skuId: '100038004354', targetPrice: 250 });
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ due: 2, checked: 2 });
    expect(world.requests.filter((u) => u.startsWith('https://item.jd.com/'))).toEqual(['https://item.jd.com/100038004354.html']);
    expect((await getWatch(world.db, 1))?.lastCheckedAt).not.toBeNull();
  });
});
