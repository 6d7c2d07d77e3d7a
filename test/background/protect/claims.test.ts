import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookUpProduct } from '../../../src/background/product-view';
import { createWatchService, type WatchService } from '../../../src/background/watch/service';
import { DEFAULT_PROMO_EVENTS } from '../../../src/promo';
import type { PurchaseLine } from '../../../src/adapters/types';
import { listWatches } from '../../../src/store';
import { TEST_NOW, isoBefore } from '../../clock';
import { faceCream, taobaoTee } from '../../shop/catalog';
import { advance, makeWorld, visit, type TestWorld } from '../watch/harness';

const CREAM = '100052117832';
const CREAM_PAGE = `https://item.jd.com/${CREAM}.html`;

function creamLine(now: Date, overrides: Partial<PurchaseLine> = {}): PurchaseLine {
  return {
    site: 'jd',
    itemId: CREAM,
    skuId: CREAM,
    unitPrice: 359,
    quantity: 2,
    orderedAt: isoBefore(now, 2),
    shop: '肌本护肤京东自营旗舰店',
    orderRef: '298765432101',
    ...overrides,
  };
}

const notifications = () =>
  Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((o) => ({ title: o.title, message: o.message }));

describe('price protection claims from background checks', () => {
  let world: TestWorld;
  let service: WatchService;

  beforeEach(async () => {
    world = makeWorld(TEST_NOW);
    world.shop.addLive(faceCream());
    world.shop.addLive(taobaoTee());
    service = createWatchService(world.ctx);
    await visit(world, CREAM_PAGE);
  });

  it('a purchase inside its window is checked, and a price below the price paid alerts once with the amount, the deadline and the claim page', async () => {
    expect(await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now)] })).toEqual({ ok: true, added: 1, updated: 0 });
    const watches = await listWatches(world.db);
    expect(watches).toMatchObject([{ kind: 'protect', productKey: `jd:${CREAM}`, skuId: CREAM, targetPrice: 359, auto: true }]);
    // The shopper's watch list does not show the extension's own checks of purchases.
    expect((await service.handlers.listWatches()).watches).toEqual([]);

    expect(await service.runRound()).toMatchObject({ checked: 1, alerts: 0 });
    world.shop.setPrice('jd', CREAM, 329);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ checked: 1, alerts: 1 });
    const [alert] = await service.handlers.listAlerts();
    expect(alert).toMatchObject({ kind: 'price-protect', url: 'https://pcsitepp-fm.jd.com/' });
    expect(alert?.title).toBe('价保：可退 ¥60');
    expect(alert?.body).toBe('修护保湿面霜 50g 敏感肌可用 买时 ¥359，现价 ¥329 × 2 件。11/21 10:00 前在京东申请价保。点击打开申请页。');
    expect(notifications()).toEqual([{ title: alert!.title, message: alert!.body }]);

    // The same price again: no repeat. A further drop: the larger amount.
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ alerts: 0 });
    world.shop.setPrice('jd', CREAM, 319);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ alerts: 1 });
    expect((await service.handlers.listAlerts())[0]?.title).toBe('价保：可退 ¥80');

    const listed = await service.handlers.listPurchases();
    expect(listed.purchases[0]).toMatchObject({
      claimAmount: 80,
      priceNow: 319,
      window: { days: 7, estimated: true },
      claimUrl: 'https://pcsitepp-fm.jd.com/',
    });
  });

  it('no repeat once claimed: the checks stop, and the history counts what was recovered', async () => {
    await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now)] });
    world.shop.setPrice('jd', CREAM, 329);
    await service.runRound();
    const [purchase] = (await service.handlers.listPurchases()).purchases;
    expect(await service.handlers.closePurchase({ id: purchase!.id, status: 'claimed' })).toEqual({ ok: true });
    expect(await listWatches(world.db)).toEqual([]);
    world.shop.setPrice('jd', CREAM, 299);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ due: 0, alerts: 0 });
    const after = await service.handlers.listPurchases();
    expect(after.totalRecovered).toBe(60);
    expect(after.purchases[0]).toMatchObject({ status: 'claimed', claimedAmount: 60, claimAmount: null });
  });

  it('a dismissed purchase never alerts', async () => {
    await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now)] });
    const [purchase] = (await service.handlers.listPurchases()).purchases;
    await service.handlers.closePurchase({ id: purchase!.id, status: 'dismissed' });
    world.shop.setPrice('jd', CREAM, 300);
    expect(await service.runRound()).toMatchObject({ due: 0, alerts: 0 });
    expect(await service.handlers.listAlerts()).toEqual([]);
  });

  it('outside the window, or without a sourced rule for the shop, nothing is checked', async () => {
    await service.handlers.importOrderPage({
      lines: [creamLine(world.clock.now, { orderedAt: isoBefore(world.clock.now, 8), orderRef: '1' })],
    });
    await service.handlers.importOrderPage({
      lines: [
        {
          site: 'taobao',
          itemId: '738291045600',
          skuId: '5131772200001',
          unitPrice: 79,
          quantity: 1,
          orderedAt: isoBefore(world.clock.now, 1),
          shop: '松间原创男装店',
          orderRef: '3912345678901234567',
        },
      ],
    });
    expect(await listWatches(world.db)).toEqual([]);
    const { purchases } = await service.handlers.listPurchases();
    expect(purchases.map((p) => [p.site, p.noWindow])).toEqual([
      ['taobao', 'no-rule'],
      ['jd', null],
    ]);
  });

  it('the shopper’s own window for a shop puts its purchases under watch, and the claim opens the order’s page', async () => {
    world.protectWindows.push({ site: 'taobao', shop: '松间原创男装店', days: 15 });
    await visit(world, 'https://item.taobao.com/item.htm?id=738291045600');
    await service.handlers.importOrderPage({
      lines: [
        {
          site: 'taobao',
          itemId: '738291045600',
          skuId: '5131772200001',
          unitPrice: 79,
          quantity: 1,
          orderedAt: isoBefore(world.clock.now, 1),
          shop: '松间原创男装店',
          orderRef: '3912345678901234567',
        },
      ],
    });
    world.shop.setPrice('taobao', '738291045600', 69, '5131772200001');
    expect(await service.runRound()).toMatchObject({ checked: 1, alerts: 1 });
    const [alert] = await service.handlers.listAlerts();
    expect(alert).toMatchObject({
      kind: 'price-protect',
      title: '价保：可退 ¥10',
      url: 'https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3912345678901234567',
    });
  });

  it('reminds once on the last day of an open claim', async () => {
    await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now, { orderedAt: isoBefore(world.clock.now, 6.5) })] });
    world.shop.setPrice('jd', CREAM, 349);
    const round = await service.runRound();
    expect(round).toMatchObject({ alerts: 1, protectReminders: 1 });
    expect((await service.handlers.listAlerts()).map((a) => a.title)).toEqual(['价保快到期：可退 ¥20', '价保：可退 ¥20']);
    advance(world, 31);
    expect(await service.runRound()).toMatchObject({ alerts: 0, protectReminders: 0 });
  });

  it('the product page shows a price-protect trap (severity good) with its evidence while the claim is open', async () => {
    await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now)] });
    world.shop.setPrice('jd', CREAM, 329);
    await visit(world, CREAM_PAGE);
    const context = {
      events: async () => DEFAULT_PROMO_EVENTS,
      profile: async () => ({ sizes: {} }),
      lang: async () => 'zh' as const,
      now: () => world.clock.now,
    };
    const found = await lookUpProduct(world.db, { site: 'jd', itemId: CREAM }, context);
    if (found.status !== 'found') throw new Error(found.status);
    const trap = found.view.traps.find((t) => t.id === 'price-protect');
    expect(trap).toMatchObject({
      severity: 'good',
      title: '可申请价保，退 ¥60',
      evidence: { paidPrice: 359, priceNow: 329, boughtQuantity: 2, claimAmount: 60, rule: 'jd-self-operated-7d' },
    });
    expect(trap?.evidence.protectionEnd).toBe(new Date(Date.parse(creamLine(world.clock.now).orderedAt) + 7 * 86_400_000).toISOString());
    const [purchase] = (await service.handlers.listPurchases()).purchases;
    await service.handlers.closePurchase({ id: purchase!.id, status: 'dismissed' });
    const after = await lookUpProduct(world.db, { site: 'jd', itemId: CREAM }, context);
    expect(after.status === 'found' && after.view.traps.some((t) => t.id === 'price-protect')).toBe(false);
  });

  it('refuses order lines from the future and malformed ones', async () => {
    expect(
      await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now, { orderedAt: isoBefore(world.clock.now, -3) })] }),
    ).toMatchObject({ ok: false });
    expect(await service.handlers.importOrderPage({ lines: [creamLine(world.clock.now, { itemId: '../x' })] })).toMatchObject({
      ok: false,
    });
    expect(
      await service.handlers.importOrderPage({ lines: [{ ...creamLine(world.clock.now), address: '幸福路88号' } as PurchaseLine] }),
    ).toMatchObject({ ok: false });
    expect(await service.handlers.listPurchases()).toEqual({ purchases: [], totalRecovered: 0 });
  });

  it('"I bought this": a manual purchase with price, quantity and date', async () => {
    expect(
      await service.handlers.addPurchase({ productKey: `jd:${CREAM}`, skuId: CREAM, unitPrice: 369, quantity: 1, orderedAt: '2026-11-15' }),
    ).toEqual({ ok: true, added: 1, updated: 0 });
    const [p] = (await service.handlers.listPurchases()).purchases;
    expect(p).toMatchObject({
      source: 'manual',
      unitPrice: 369,
      orderedAt: '2026-11-14T16:00:00.000Z',
      shop: '肌本护肤京东自营旗舰店',
      claimAmount: 10,
    });
    expect(
      await service.handlers.addPurchase({ productKey: `jd:${CREAM}`, unitPrice: 369, quantity: 1, orderedAt: '2026-12-30' }),
    ).toMatchObject({ ok: false });
    expect(
      await service.handlers.addPurchase({ productKey: 'jd:999', unitPrice: 369, quantity: 1, orderedAt: '2026-11-15' }),
    ).toMatchObject({ ok: false });
  });
});
