import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QUIET_END_ALARM, notificationOptions, raiseAlert } from '../../../src/background/watch/alerts';
import { createWatchService } from '../../../src/background/watch/service';
import { listWatches } from '../../../src/store';
import { hoodie } from '../../shop/catalog';
import { advance, makeWorld, visit, type TestWorld } from './harness';

const S_PAGE = 'https://item.jd.com/100038004353.html';
const KEY = 'jd:100038004353';
const M = '100038004354';

function created() {
  return Object.values(fakeBrowser.notifications.getAllCreateOptions());
}

async function restockedWorld(start: string): Promise<{ world: TestWorld; service: ReturnType<typeof createWatchService> }> {
  const world = makeWorld(start);
  world.shop.addLive(hoodie());
  const service = createWatchService(world.ctx);
  await visit(world, S_PAGE);
  await service.handlers.createWatch({ kind: 'restock', productKey: KEY, skuId: M });
  world.shop.setStock('jd', '100038004353', M, 5);
  advance(world, 31);
  return { world, service };
}

describe('quiet hours', () => {
  it('hold an alert found at night and send it, with the time it was found, when they end', async () => {
    const { world, service } = await restockedWorld('2026-11-20T01:40:00+08:00');
    world.settings.quietHours = { start: '22:00', end: '08:00' };
    world.settings.timeZone = 'Asia/Shanghai';
    expect(await service.runRound()).toMatchObject({ alerts: 1 });
    expect(created()).toEqual([]);
    const [held] = await service.handlers.listAlerts();
    expect(held).toMatchObject({ kind: 'restock', held: true });
    const alarm = await fakeBrowser.alarms.get(QUIET_END_ALARM);
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe(new Date('2026-11-20T08:00:00+08:00').toISOString());

    // An early wake-up during quiet hours sends nothing.
    world.clock.now = new Date('2026-11-20T07:00:00+08:00');
    await service.onAlarm(QUIET_END_ALARM);
    expect(created()).toEqual([]);

    world.clock.now = new Date('2026-11-20T08:00:00+08:00');
    await service.onAlarm(QUIET_END_ALARM);
    const [sent] = created();
    expect(sent?.message).toContain('M 码有货了');
    expect(sent?.message).toContain('02:11 发现');
    expect((await service.handlers.listAlerts())[0]?.held).toBe(false);
  });

  it('go out at the next background start if the alarm was missed', async () => {
    const { world, service } = await restockedWorld('2026-11-20T23:00:00+08:00');
    world.settings.quietHours = { start: '22:00', end: '08:00' };
    world.settings.timeZone = 'Asia/Shanghai';
    await service.runRound();
    world.clock.now = new Date('2026-11-21T09:30:00+08:00');
    await createWatchService(world.ctx).start();
    expect(created()).toHaveLength(1);
  });
});

describe('notification preferences and forms', () => {
  it('keep a muted kind in the history without a notification', async () => {
    const { world, service } = await restockedWorld('2026-11-20T10:00:00+08:00');
    world.settings.notify.restock = false;
    expect(await service.runRound()).toMatchObject({ alerts: 1 });
    expect(created()).toEqual([]);
    expect((await service.handlers.listAlerts()).map((a) => a.kind)).toEqual(['restock']);
  });

  it('follow the language setting', async () => {
    const { world, service } = await restockedWorld('2026-11-20T10:00:00+08:00');
    world.settings.lang = 'en';
    await service.runRound();
    expect(created()[0]).toMatchObject({
      title: expect.stringContaining('Back in stock'),
      message: expect.stringContaining('Size M is available again, now ¥299'),
    });
  });

  it('give Firefox the plain basic form without buttons, Chromium buttons', async () => {
    const entry = { title: 't', body: 'b', watchId: 3 };
    expect(notificationOptions(entry, 'plain', 'zh')).toEqual({ type: 'basic', iconUrl: expect.any(String), title: 't', message: 'b' });
    expect(notificationOptions(entry, 'rich', 'zh').buttons?.map((b) => b.title)).toEqual(['打开商品页', '暂停这个提醒']);
    expect(notificationOptions({ ...entry, watchId: null }, 'rich', 'en').buttons?.map((b) => b.title)).toEqual(['Open the product page']);
  });

  it('never send the same event twice, even when raised twice', async () => {
    const world = makeWorld();
    const draft = {
      kind: 'restock' as const,
      eventKey: 'restock:1:2026-11-20T00:00:00.000Z',
      watchId: 1,
      productKey: KEY,
      url: S_PAGE,
      facts: { kind: 'restock' as const, currency: 'CNY', productTitle: 'x', sizeLabel: 'M', priceNow: 1, priceThen: null },
    };
    const results = await Promise.all([raiseAlert(world.ctx, draft), raiseAlert(world.ctx, draft)]);
    expect(results.sort()).toEqual(['duplicate', 'sent']);
    expect(created()).toHaveLength(1);
  });
});

describe('cart items added during a promo', () => {
  async function cartWorld(start: string) {
    const world = makeWorld(start);
    world.shop.addLive(hoodie());
    const service = createWatchService(world.ctx);
    const add = (skuId: string, price: number) =>
      world.db.cartItems.add({
        site: 'jd',
        itemId: '100038004353',
        productKey: KEY,
        skuId,
        quantity: 1,
        price,
        addedAt: '2026-11-11T20:30:00+08:00',
        promoEventId: '2026-double11-jd',
        source: 'product-page',
      });
    return { world, service, add };
  }

  it('get a restock watch when their size sold out and a price watch when the price rose above the cart price', async () => {
    const { world, service, add } = await cartWorld('2026-11-20T10:00:00+08:00');
    await add(M, 279);
    await add('100038004353', 279);
    await service.observeSnapshot(await visit(world, S_PAGE));
    const watches = await listWatches(world.db);
    expect(watches.map((w) => [w.kind, w.skuId, w.targetPrice, w.auto]).sort()).toEqual([
      ['price', '100038004353', 279, true],
      ['restock', M, null, true],
    ]);
    // A second visit does not make more.
    await service.observeSnapshot(await visit(world, S_PAGE));
    expect(await listWatches(world.db)).toHaveLength(2);
  });

  it('get one alert when the platform 返场 opens, with the cart price and today’s price', async () => {
    const { world, service, add } = await cartWorld('2026-11-15T09:00:00+08:00');
    await add('100038004353', 279);
    await visit(world, S_PAGE);
    expect(await service.runRound()).toMatchObject({ fanchangAlerts: 1 });
    const [alert] = created();
    expect(alert?.title).toBe('双11平台返场第1天开始了');
    expect(alert?.message).toContain('加购价 ¥279，现价 ¥299');
    advance(world, 60);
    expect(await service.runRound()).toMatchObject({ fanchangAlerts: 0 });
    expect(created()).toHaveLength(1);
  });

  it('keep the alarm set for the next 返场 window even with nothing watched', async () => {
    const { world, service, add } = await cartWorld('2026-11-12T09:00:00+08:00');
    await add('100038004353', 279);
    await service.start();
    const alarm = await fakeBrowser.alarms.get('watch-check');
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe(new Date('2026-11-15T00:00:00+08:00').toISOString());
    expect(world.requests).toEqual([]);
  });
});

describe('the page an alert opens', () => {
  it('is its product’s page on the product’s own site, whatever address the row holds', async () => {
    const { alertPage } = await import('../../../src/background/watch/alerts');
    const jd = { productKey: 'jd:100038004353' };
    expect(alertPage({ ...jd, url: 'https://item.jd.com/100038004354.html' })).toBe('https://item.jd.com/100038004354.html');
    for (const url of [
      'data:text/html,<h1>hi</h1>',
      'file:///etc/passwd',
      'chrome://settings',
      'https://evil.example/',
      'https://127.0.0.1/',
    ])
      expect(alertPage({ ...jd, url }), url).toBe('https://item.jd.com/100038004353.html');
    expect(alertPage({ productKey: 'schema-org:https://shop.example#K', url: 'https://evil.example/' })).toBeNull();
    expect(alertPage({ productKey: null, url: 'https://item.taobao.com/item.htm?id=1' })).toBe('https://item.taobao.com/item.htm?id=1');
    expect(alertPage({ productKey: null, url: 'https://evil.example/' })).toBeNull();
  });

  it('is the platform’s claim page for a price-protection alert, and nothing else', async () => {
    const { alertPage } = await import('../../../src/background/watch/alerts');
    const claim = { productKey: 'jd:100038004353', kind: 'price-protect' };
    expect(alertPage({ ...claim, url: 'https://pcsitepp-fm.jd.com/' })).toBe('https://pcsitepp-fm.jd.com/');
    for (const url of ['http://pcsitepp-fm.jd.com/', 'https://evil.example/', 'javascript:alert(1)'])
      expect(alertPage({ ...claim, url }), url).toBe('https://item.jd.com/100038004353.html');
    expect(alertPage({ ...claim, kind: 'restock', url: 'https://pcsitepp-fm.jd.com/' })).toBe('https://item.jd.com/100038004353.html');
  });
});
