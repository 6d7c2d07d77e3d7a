import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../src/adapters/snapshot';
import type { ProductSnapshot } from '../../src/core/types';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { lookUpProduct, type JudgeContext } from '../../src/background/product-view';
import { RadarDatabase, ingestSnapshot, recordCartAdd } from '../../src/store';

let dbCount = 0;
const freshDb = () => new RadarDatabase(`product-view-${crypto.randomUUID()}-${dbCount++}`);

const context = (now: string, sizes: Record<string, string> = {}): JudgeContext => ({
  events: async () => DEFAULT_PROMO_EVENTS,
  profile: async () => ({ sizes }),
  lang: async () => 'zh',
  now: () => new Date(now),
});

function hoodie(at: string, price: number): ProductSnapshot {
  const s = blankSnapshot('jd', '100038004353', new URL('https://item.jd.com/100038004353.html'), new Date(at));
  s.title = '连帽卫衣';
  s.category = 'apparel';
  s.price = price;
  s.listPrice = 499;
  s.skus = [
    { skuId: '100038004353', props: { 尺码: 'S' }, size: 'S', price, stock: 12, available: true },
    { skuId: '100038004354', props: { 尺码: 'M' }, size: 'M', price, stock: 0, available: false },
  ];
  return s;
}

describe('lookUpProduct', () => {
  it('tells pages no adapter reads from product pages not seen yet', async () => {
    const db = freshDb();
    const ctx = context('2026-11-16T10:00:00+08:00');
    expect(await lookUpProduct(db, { url: 'chrome://extensions' }, ctx)).toEqual({ status: 'not-a-product-page' });
    expect(await lookUpProduct(db, { url: 'https://item.jd.com/1.html' }, ctx)).toEqual({ status: 'not-seen', site: 'jd', itemId: '1' });
    expect(await lookUpProduct(db, { url: 'https://www.example.com/p/1' }, ctx)).toEqual({
      status: 'not-a-product-page',
      otherShopOrigin: 'https://www.example.com',
    });
  });

  it('judges the stored product with its own history and cart: the guide hoodie re-run at the 双11 price', async () => {
    const db = freshDb();
    // Bought into the cart at 299 during 双11, seen again at 299 in the platform 返场 (JD's 双11 closes 14 Nov).
    await ingestSnapshot(db, hoodie('2026-11-11T00:10:00+08:00', 299), { events: DEFAULT_PROMO_EVENTS });
    await recordCartAdd(
      db,
      {
        product: { snapshot: hoodie('2026-11-11T00:10:00+08:00', 299) },
        skuId: '100038004353',
        quantity: 1,
        price: 299,
        at: '2026-11-11T00:12:00+08:00',
      },
      DEFAULT_PROMO_EVENTS,
    );
    await ingestSnapshot(db, hoodie('2026-11-16T10:00:00+08:00', 299), { events: DEFAULT_PROMO_EVENTS });

    const found = await lookUpProduct(db, { site: 'jd', itemId: '100038004353' }, context('2026-11-16T10:00:00+08:00', { top: 'M' }));
    expect(found.status).toBe('found');
    if (found.status !== 'found') return;
    const ids = found.view.traps.map((t) => t.id);
    expect(ids).toContain('same-as-promo-price');
    expect(ids).toContain('size-run');
    // Most serious first: the shopper's sold-out size (danger) leads.
    expect(found.view.traps[0]!.severity).toBe('danger');
    expect(found.view.verdict.verdict).toBe('skip');
    expect(found.view.history.map((p) => p.price)).toContain(299);
  });
});
