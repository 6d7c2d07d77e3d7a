import { emptySignals, type ProductSnapshot, type Sku } from '../../src/core/types';
import type { PromoEvent } from '../../src/promo';

/** A JD-like snapshot with sensible defaults; tests override what they are about. */
export function makeSnapshot(overrides: Partial<ProductSnapshot> = {}): ProductSnapshot {
  return {
    site: 'jd',
    itemId: '100038004353',
    url: 'https://item.jd.com/100038004353.html',
    capturedAt: '2025-10-01T10:00:00.000Z',
    title: '男士连帽加绒卫衣 冬季保暖',
    shop: '某某官方旗舰店',
    image: null,
    category: 'apparel',
    currency: 'CNY',
    price: 299,
    priceMax: null,
    listPrice: 399,
    couponPrice: null,
    skus: [],
    expiry: null,
    offers: [],
    signals: emptySignals(),
    warnings: [],
    ...overrides,
  };
}

export function makeSku(skuId: string, size: string | null, price: number | null, stock: number | null): Sku {
  return { skuId, props: size ? { 尺码: size } : {}, size, price, stock, available: stock === null || stock > 0 };
}

let counter = 0;
/** A database name no other test uses: fake-indexeddb is shared by the whole test file. */
export function freshDbName(): string {
  return `radar-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/** A JD 双11 with dates fixed for the tests: pre-sale 10-20 20:00, main 10-31 20:00 to 11-11 23:59:59 (Shanghai). */
export const TEST_DOUBLE11: PromoEvent = {
  id: 'test-double11',
  name: '双11',
  nameEn: 'Singles Day',
  platforms: ['jd'],
  preSaleAt: '2025-10-20T20:00:00+08:00',
  mainAt: '2025-10-31T20:00:00+08:00',
  endAt: '2025-11-11T23:59:59+08:00',
  estimated: false,
  source: 'test',
};
