import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../src/adapters/snapshot';
import { parseReadingText, readingText } from '../../src/core/reading-text';
import type { ProductReading, Sku } from '../../src/core/types';

const snapshot = (skus: Sku[]) => ({
  ...blankSnapshot('tmall', '628112233445', new URL('https://detail.tmall.com/item.htm?id=628112233445'), new Date('2026-11-16T02:00:00Z')),
  skus,
});

const sku = fc.record({
  skuId: fc.string({ minLength: 1, maxLength: 20 }),
  props: fc.dictionary(
    fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__'),
    fc.string({ maxLength: 8 }),
    { maxKeys: 4 },
  ),
  size: fc.option(fc.string({ maxLength: 6 })),
  price: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
  stock: fc.option(fc.nat()),
  available: fc.boolean(),
});

describe('a reading as text', () => {
  it('comes back as it was sent, SKU table and all', () => {
    fc.assert(
      fc.property(fc.array(sku, { maxLength: 30 }), (skus) => {
        const reading: ProductReading = { snapshot: snapshot(skus), texts: null };
        expect(parseReadingText(readingText(reading))).toEqual({ ok: true, value: reading });
      }),
      { numRuns: 200 },
    );
  });

  it('lists each property name and value once', () => {
    const skus = Array.from({ length: 600 }, (_, i) => ({
      skuId: String(6300000000000 + i),
      props: { 颜色分类: `颜色${i % 60}`, 尺码: `${100 + Math.floor(i / 60)}` },
      size: `${100 + Math.floor(i / 60)}`,
      price: 199,
      stock: i % 50,
      available: true,
    }));
    const text = readingText({ snapshot: snapshot(skus), texts: null });
    expect(text.split('颜色分类').length - 1).toBe(1);
    expect(text.length).toBeLessThan(JSON.stringify(skus).length / 2);
  });

  it.each([
    ['a row pointing past the strings', { strings: ['尺码'], rows: [['1', 9, 1, 1, -1, 0, 5]] }],
    ['a row of the wrong length', { strings: ['尺码'], rows: [['1', 9, 1, 1, -1, 0]] }],
    ['a property named __proto__', { strings: ['__proto__', 'x'], rows: [['1', 9, 1, 1, -1, 0, 1]] }],
    ['availability that is not 0 or 1', { strings: [], rows: [['1', 9, 1, true, -1]] }],
    ['no table at all', undefined],
  ])('refuses %s', (_what, skus) => {
    const text = JSON.stringify({ snapshot: snapshot([]), texts: null, skus });
    expect(parseReadingText(text)).toEqual({ ok: false, error: 'invalid reading: the SKU table is malformed' });
  });
});
