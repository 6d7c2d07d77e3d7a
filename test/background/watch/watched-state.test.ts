import { describe, expect, it } from 'vitest';
import type { ProductSnapshot, Sku } from '../../../src/core/types';
import {
  evaluateWatch,
  readWatched,
  type WatchProgress,
  type WatchTarget,
  type WatchedReading,
} from '../../../src/background/watch/watched-state';

function sku(skuId: string, size: string, price: number | null, available: boolean, stock: number | null = null): Sku {
  return { skuId, props: { 颜色: '黑色', 尺码: size }, size, price, stock, available };
}

function snapshot(skus: Sku[], price: number | null = 299): ProductSnapshot {
  return {
    site: 'jd',
    itemId: '100038004353',
    url: 'https://item.jd.com/100038004353.html',
    capturedAt: '2026-11-12T10:00:00.000Z',
    title: '连帽加绒卫衣男',
    shop: null,
    image: null,
    category: 'apparel',
    currency: 'CNY',
    price,
    priceMax: null,
    listPrice: 499,
    couponPrice: null,
    skus,
    expiry: null,
    offers: [],
    signals: { lowStockText: null, countdownText: null, returnPolicy: null, defectWords: [], socialProofText: null, releasedOn: null },
    warnings: [],
  };
}

const run = [sku('S1', 'S', null, true), sku('M1', 'M', 299, false, 0), sku('L1', 'L', null, false)];

describe('readWatched', () => {
  it.each<[string, Pick<WatchTarget, 'skuId' | 'sizeLabel'>, ProductSnapshot, WatchedReading]>([
    ['an exact SKU that is sold out', { skuId: 'M1', sizeLabel: 'M' }, snapshot(run), { available: false, price: 299, sizeLabel: 'M' }],
    [
      'an exact SKU in stock without its own price',
      { skuId: 'S1', sizeLabel: null },
      snapshot(run),
      { available: true, price: null, sizeLabel: 'S' },
    ],
    [
      'an SKU with stock 0 but flagged available',
      { skuId: 'X', sizeLabel: null },
      snapshot([sku('X', 'XL', 10, true, 0)]),
      { available: false, price: 10, sizeLabel: 'XL' },
    ],
    ['an SKU the page no longer lists', { skuId: 'gone', sizeLabel: 'M' }, snapshot(run), { available: null, price: null, sizeLabel: 'M' }],
    [
      'the only SKU takes the page price',
      { skuId: 'only', sizeLabel: null },
      snapshot([sku('only', '均码', null, true)], 88),
      { available: true, price: 88, sizeLabel: '均码' },
    ],
    [
      'any SKU in a size, written another way',
      { skuId: null, sizeLabel: '中码' },
      snapshot(run),
      { available: false, price: 299, sizeLabel: '中码' },
    ],
    [
      'a size with one colour in stock',
      { skuId: null, sizeLabel: 'L' },
      snapshot([...run, sku('L2', 'L', 279, true)]),
      { available: true, price: 279, sizeLabel: 'L' },
    ],
    [
      'a size the product does not have',
      { skuId: null, sizeLabel: 'XXXL' },
      snapshot(run),
      { available: null, price: null, sizeLabel: 'XXXL' },
    ],
    ['the whole product', { skuId: null, sizeLabel: null }, snapshot(run, 259), { available: true, price: 259, sizeLabel: null }],
    ['a product without SKUs', { skuId: null, sizeLabel: null }, snapshot([], 259), { available: null, price: 259, sizeLabel: null }],
  ])('%s', (_label, watch, s, expected) => {
    expect(readWatched(watch, s)).toEqual(expected);
  });
});

const restockWatch: WatchTarget & WatchProgress = {
  id: 7,
  kind: 'restock',
  productKey: 'jd:100038004353',
  skuId: 'M1',
  sizeLabel: 'M',
  targetPrice: null,
  lastAvailable: null,
  lastPrice: null,
  armedAt: '2026-11-10T00:00:00.000Z',
};
const priceWatch: WatchTarget & WatchProgress = { ...restockWatch, id: 8, kind: 'price', targetPrice: 279, armedAt: null };

describe('evaluateWatch', () => {
  it('fires once when a sold-out size comes back, then re-arms on the next sell-out', () => {
    const soldOut = evaluateWatch(restockWatch, { available: false, price: 299, sizeLabel: 'M' }, '2026-11-12T10:00:00.000Z');
    expect(soldOut.change).toBeNull();
    expect(soldOut.progress).toEqual({ lastAvailable: false, lastPrice: 299, armedAt: '2026-11-10T00:00:00.000Z' });

    const back = evaluateWatch(
      { ...restockWatch, ...soldOut.progress },
      { available: true, price: 289, sizeLabel: 'M' },
      '2026-11-12T10:30:00.000Z',
    );
    expect(back.change).toEqual({
      kind: 'restock',
      eventKey: 'restock:7:2026-11-10T00:00:00.000Z',
      sizeLabel: 'M',
      priceThen: 299,
      priceNow: 289,
      targetPrice: null,
    });
    expect(back.progress.armedAt).toBeNull();

    // Still in stock: the same news is not news again.
    const again = evaluateWatch(
      { ...restockWatch, ...back.progress },
      { available: true, price: 289, sizeLabel: 'M' },
      '2026-11-12T11:00:00.000Z',
    );
    expect(again.change).toBeNull();

    const gone = evaluateWatch(
      { ...restockWatch, ...back.progress },
      { available: false, price: 289, sizeLabel: 'M' },
      '2026-11-13T09:00:00.000Z',
    );
    expect(gone.progress.armedAt).toBe('2026-11-13T09:00:00.000Z');
    const backAgain = evaluateWatch(
      { ...restockWatch, ...gone.progress },
      { available: true, price: 289, sizeLabel: 'M' },
      '2026-11-13T12:00:00.000Z',
    );
    expect(backAgain.change?.eventKey).toBe('restock:7:2026-11-13T09:00:00.000Z');
  });

  it('gives the same event key for the same episode, whoever reads it (dedupe)', () => {
    const reading = { available: true, price: 299, sizeLabel: 'M' };
    const byCheck = evaluateWatch(restockWatch, reading, '2026-11-12T10:00:00.000Z');
    const byVisit = evaluateWatch(restockWatch, reading, '2026-11-12T10:00:05.000Z');
    expect(byCheck.change?.eventKey).toBe(byVisit.change?.eventKey);
  });

  it('leaves the watch as it was when the page does not say', () => {
    const watch = { ...restockWatch, lastAvailable: false, lastPrice: 299 };
    const result = evaluateWatch(watch, { available: null, price: null, sizeLabel: 'M' }, '2026-11-12T10:00:00.000Z');
    expect(result).toEqual({ progress: { lastAvailable: false, lastPrice: 299, armedAt: watch.armedAt }, change: null });
  });

  it.each([
    ['above the target arms', { available: true, price: 299, sizeLabel: 'M' }, null, '2026-11-12T10:00:00.000Z'],
    ['at the target fires', { available: true, price: 279, sizeLabel: 'M' }, 279, null],
    ['half a fen above still counts as at', { available: true, price: 279.004, sizeLabel: 'M' }, 279.004, null],
    ['below the target fires', { available: null, price: 259, sizeLabel: 'M' }, 259, null],
    ['cheap but sold out is not news', { available: false, price: 259, sizeLabel: 'M' }, null, '2026-11-11T00:00:00.000Z'],
    ['no price read', { available: true, price: null, sizeLabel: 'M' }, null, '2026-11-11T00:00:00.000Z'],
  ])('price watch: %s', (_label, reading, firedAt, armedAt) => {
    const armed = { ...priceWatch, armedAt: '2026-11-11T00:00:00.000Z', lastPrice: 329 };
    const first = evaluateWatch(_label.startsWith('above') ? priceWatch : armed, reading, '2026-11-12T10:00:00.000Z');
    expect(first.change?.priceNow ?? null).toBe(firedAt);
    expect(first.progress.armedAt).toBe(armedAt);
    if (first.change)
      expect(first.change).toMatchObject({ kind: 'price', priceThen: 329, targetPrice: 279, eventKey: 'price:8:2026-11-11T00:00:00.000Z' });
  });

  it('compares a price watch with the target it is given (the promo price found for it)', () => {
    const watch = { ...priceWatch, targetPrice: null, armedAt: '2026-11-11T00:00:00.000Z' };
    expect(evaluateWatch(watch, { available: true, price: 269, sizeLabel: 'M' }, '2026-11-12T10:00:00.000Z', null).change).toBeNull();
    expect(evaluateWatch(watch, { available: true, price: 269, sizeLabel: 'M' }, '2026-11-12T10:00:00.000Z', 269).change?.targetPrice).toBe(
      269,
    );
  });
});
