import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWatchService, type WatchService } from '../../../src/background/watch/service';
import { CHECK_ALARM } from '../../../src/background/watch/schedule';
import { getWatch } from '../../../src/store';
import { hoodie } from '../../shop/catalog';
import { advance, makeWorld, visit, type TestWorld } from './harness';

const S_PAGE = 'https://item.jd.com/100038004353.html';
const M_PAGE = 'https://item.jd.com/100038004354.html';
const KEY = 'jd:100038004353';
const M = '100038004354';

async function notificationTexts() {
  return Object.entries(fakeBrowser.notifications.getAllCreateOptions()).map(([id, o]) => ({ id, title: o.title, message: o.message }));
}

describe('a restock watch checked in the background', () => {
  let world: TestWorld;
  let service: WatchService;
  let watchId: number;

  beforeEach(async () => {
    world = makeWorld();
    world.shop.addLive(hoodie());
    service = createWatchService(world.ctx);
    await visit(world, S_PAGE);
    const created = await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
    if (!created.ok) throw new Error(created.message);
    watchId = created.watch.id;
    expect(created.watch).toMatchObject({ sizeLabel: 'M', lastAvailable: false, status: 'active', auto: false });
  });

  it('is scheduled a (jittered) period ahead and the alarm is set for it', async () => {
    const watch = await getWatch(world.db, watchId);
    const alarm = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(Date.parse(watch!.nextCheckAt) - world.clock.now.getTime()).toBe(30 * 60_000);
    expect(alarm?.scheduledTime).toBe(Date.parse(watch!.nextCheckAt));
  });

  it('fetches the size’s own page and the price service, stays quiet while sold out, alerts once when it is back', async () => {
    advance(world, 31);
    const quiet = await service.runRound();
    expect(quiet).toMatchObject({ due: 1, checked: 1, alerts: 0 });
    expect(world.requests).toEqual([M_PAGE, `https://p.3.cn/prices/mgets?skuIds=J_${M}`]);
    expect(await notificationTexts()).toEqual([]);

    world.shop.setStock('jd', '100038004353', M, 5);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ checked: 1, alerts: 1 });
    const [alert] = await notificationTexts();
    expect(alert?.title).toContain('到货了：连帽加绒卫衣男');
    expect(alert?.message).toContain('M 码有货了，现价 ¥299');

    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ checked: 1, alerts: 0 });
    expect(await notificationTexts()).toHaveLength(1);
    const history = await service.handlers.listAlerts();
    expect(history.map((a) => [a.kind, a.url, a.held])).toEqual([['restock', M_PAGE, false]]);
  });

  it('opens the size’s page when the notification is clicked', async () => {
    world.shop.setStock('jd', '100038004353', M, 5);
    advance(world, 31);
    await service.runRound();
    const [alert] = await notificationTexts();
    expect(await service.onNotificationClicked(alert!.id)).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(M_PAGE);
    expect(await notificationTexts()).toEqual([]);
  });

  it('pauses the watch from the notification’s second button', async () => {
    world.shop.setStock('jd', '100038004353', M, 5);
    advance(world, 31);
    await service.runRound();
    const [alert] = await notificationTexts();
    await service.onNotificationButtonClicked(alert!.id, 1);
    expect((await getWatch(world.db, watchId))?.status).toBe('paused');
  });

  it('counts the shopper’s own visit as a check, with the same event as the background would raise', async () => {
    world.shop.setStock('jd', '100038004353', M, 5);
    advance(world, 5);
    const snapshot = await visit(world, M_PAGE);
    await service.observeSnapshot(snapshot);
    expect(world.requests).toEqual([]);
    expect(await notificationTexts()).toHaveLength(1);
    const watch = await getWatch(world.db, watchId);
    expect(watch?.lastCheckedAt).toBe(world.clock.now.toISOString());

    // The background round that follows finds nothing new to say.
    advance(world, 40);
    expect(await service.runRound()).toMatchObject({ checked: 1, alerts: 0 });
    expect(await notificationTexts()).toHaveLength(1);
  });

  it('alerts again after a second sell-out and restock (a new event)', async () => {
    world.shop.setStock('jd', '100038004353', M, 5);
    advance(world, 31);
    await service.runRound();
    world.shop.setStock('jd', '100038004353', M, 0);
    advance(world, 31);
    await service.runRound();
    world.shop.setStock('jd', '100038004353', M, 3);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ alerts: 1 });
    expect(await notificationTexts()).toHaveLength(2);
  });
});

describe('a price watch', () => {
  it('alerts when the price is back at the promo price, with then and now', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    await visit(world, S_PAGE);
    const created = await service.handlers.createWatch({ kind: 'price', productKey: KEY, skuId: '100038004353', targetPrice: 279 });
    expect(created.ok && created.watch).toMatchObject({ targetPrice: 279, lastPrice: 299 });

    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ alerts: 0 });
    world.shop.setPrice('jd', '100038004353', 279);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ alerts: 1 });
    const [alert] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(alert?.title).toContain('回到大促价');
    expect(alert?.message).toContain('S 现价 ¥279，之前 ¥299（大促价 ¥279）');
  });

  it('finds the promo price from the cart when none is given, and refuses without one', async () => {
    const world = makeWorld();
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    await visit(world, S_PAGE);
    const refused = await service.handlers.createWatch({ kind: 'price', productKey: KEY });
    expect(refused).toMatchObject({ ok: false, error: 'no-promo-price' });

    await world.db.cartItems.add({
      site: 'jd',
      itemId: '100038004353',
      productKey: KEY,
      skuId: '100038004353',
      quantity: 1,
      price: 269,
      addedAt: '2026-11-11T20:30:00+08:00',
      promoEventId: '2026-double11-jd',
      source: 'product-page',
    });
    const created = await service.handlers.createWatch({ kind: 'price', productKey: KEY, skuId: '100038004353' });
    expect(created.ok && created.watch.targetPrice).toBe(269);
  });
});
