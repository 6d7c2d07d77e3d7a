import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWatchService, type WatchService } from '../../../src/background/watch/service';
import { progressBook } from '../../../src/background/watch/state-items';
import type { CreateWatchInput } from '../../../src/messaging/watch-messages';
import { hoodie } from '../../shop/catalog';
import { makeWorld, visit, type TestWorld } from './harness';

const KEY = 'jd:100038004353';
const M = '100038004354';

describe('watch messages', () => {
  let world: TestWorld;
  let service: WatchService;

  beforeEach(async () => {
    world = makeWorld();
    world.shop.addLive(hoodie());
    service = createWatchService(world.ctx);
    await visit(world, 'https://item.jd.com/100038004353.html');
  });

  it.each<[string, unknown, string]>([
    ['no kind', { productKey: KEY }, 'bad-input'],
    ['an unknown kind', { kind: 'sale', productKey: KEY }, 'bad-input'],
    ['a negative target', { kind: 'price', productKey: KEY, targetPrice: -5 }, 'bad-input'],
    ['a target that is not a number', { kind: 'price', productKey: KEY, targetPrice: 'cheap' }, 'bad-input'],
    ['a product never read', { kind: 'restock', productKey: 'jd:1' }, 'unknown-product'],
    ['a SKU the product does not have', { kind: 'restock', productKey: KEY, skuId: '42' }, 'unknown-sku'],
  ])('refuse %s with a reason', async (_label, input, error) => {
    const result = await service.handlers.createWatch(input as CreateWatchInput);
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff].*\(.+\)/);
  });

  it('return the existing watch, resumed, when the same thing is watched again', async () => {
    const first = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
    if (!first.ok) throw new Error(first.message);
    await service.handlers.pauseWatch({ id: first.watch.id });
    const again = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
    expect(again).toMatchObject({ ok: true, watch: { id: first.watch.id, status: 'active' } });
    expect((await service.handlers.listWatches()).watches).toHaveLength(1);
  });

  it('watch a size across colours by its label', async () => {
    const result = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, sizeLabel: 'L' });
    expect(result).toMatchObject({ ok: true, watch: { skuId: null, sizeLabel: 'L', lastAvailable: false } });
  });

  it('do not arm a watch whose condition already holds', async () => {
    const result = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: '100038004353' });
    if (!result.ok) throw new Error(result.message);
    expect(await progressBook.get(result.watch)).toMatchObject({ lastAvailable: true, armedAt: null });
  });

  it('pause, resume and remove, and say so when the watch is gone', async () => {
    const made = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
    if (!made.ok) throw new Error(made.message);
    const id = made.watch.id;
    expect(await service.handlers.pauseWatch({ id })).toMatchObject({ ok: true, watch: { status: 'paused' } });
    const resumed = await service.handlers.resumeWatch({ id });
    expect(resumed).toMatchObject({ ok: true, watch: { status: 'active', nextCheckAt: world.clock.now.toISOString() } });
    expect(await service.handlers.removeWatch({ id })).toEqual({ ok: true });
    expect(await progressBook.get(made.watch)).toBeNull();
    expect(await service.handlers.removeWatch({ id })).toMatchObject({ ok: false, error: 'no-such-watch' });
    expect(await service.handlers.pauseWatch({ id })).toMatchObject({ ok: false, error: 'no-such-watch' });
    expect(await service.handlers.pauseWatch({ id: -1 })).toMatchObject({ ok: false, error: 'bad-input' });
  });

  it('list one product’s watches with what the popup shows', async () => {
    await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
    const list = await service.handlers.listWatches({ productKey: KEY });
    expect(list.watches[0]).toMatchObject({
      kind: 'restock',
      site: 'jd',
      itemId: '100038004353',
      skuId: M,
      sizeLabel: 'M',
      title: expect.stringContaining('连帽加绒卫衣'),
      url: 'https://item.jd.com/100038004354.html',
      blockedBy: null,
    });
    expect((await service.handlers.listWatches({ productKey: 'jd:9' })).watches).toEqual([]);
  });
});

describe('check now and open alert', () => {
  it('check a watch at once, and open its alert from the history', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    await visit(world, 'https://item.jd.com/100038004353.html');
    const made = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
    if (!made.ok) throw new Error(made.message);
    world.shop.setStock('jd', '100038004353', M, 2);
    expect(await service.handlers.checkWatchesNow({ id: made.watch.id })).toMatchObject({ due: 1, checked: 1, alerts: 1 });
    const [alert] = await service.handlers.listAlerts({ limit: 5 });
    expect(await service.handlers.openAlert({ id: alert!.id })).toEqual({ ok: true });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain('https://item.jd.com/100038004354.html');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await service.handlers.openAlert({ id: 999 })).toEqual({ ok: false });
  });
});
