import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWatches } from '../../../src/background/watch/register';
import { CHECK_ALARM } from '../../../src/background/watch/schedule';
import { makeWorld } from './harness';

describe('a cart add during a promo, with nothing watched', () => {
  it('sets the check alarm for the moment its 返场 begins', async () => {
    const world = makeWorld('2026-11-11T21:00:00+08:00');
    const { db, ...parts } = world.ctx;
    const service = registerWatches(db, parts);
    await service.start();
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeUndefined();

    await db.cartItems.add({
      site: 'jd',
      itemId: '100038004353',
      productKey: 'jd:100038004353',
      skuId: '100038004354',
      quantity: 1,
      price: 279,
      addedAt: world.clock.now.toISOString(),
      promoEventId: '2026-double11-jd',
      source: 'product-page',
    });
    await expect.poll(async () => (await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-15T00:00:00+08:00'));
  });
});
