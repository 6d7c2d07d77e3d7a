import { describe, expect, it } from 'vitest';
import type { ProductSnapshot } from '../../src/core/types';
import { isMySize, mySizeLabel, readableSize, sizeKindFor } from '../../src/ui/my-size';
import { skuRows } from '../../src/ui/sku-rows';
import { hoodieSnapshot, sku } from './fixtures';

const product = (category: ProductSnapshot['category'], title: string) => ({ category, title });

describe('sizeKindFor', () => {
  it.each([
    [product('apparel', '连帽加绒卫衣男'), 'top'],
    [product('apparel', '高腰直筒牛仔裤女'), 'bottom'],
    [product('apparel', '法式碎花连衣裙'), 'top'],
    [product('apparel', '儿童加绒卫衣 中大童'), 'kids'],
    [product('shoes', '男子跑步鞋'), 'shoe'],
    [product('apparel', 'Slim fit jeans'), 'bottom'],
    [product('food', '每日坚果 750g'), null],
    [product('electronics', '蓝牙耳机'), null],
  ] as const)('%j takes the %s size', (p, kind) => {
    expect(sizeKindFor(p)).toBe(kind);
  });
});

describe('the shopper’s size on a product', () => {
  const hoodie = hoodieSnapshot();

  it('matches across ways of writing it (M and 170/92A name the same size when the SKU says so)', () => {
    expect(isMySize({ size: 'M' }, hoodie, { top: 'm' })).toBe(true);
    expect(isMySize({ size: 'M(170/92A)' }, hoodie, { top: '170/92A' })).toBe(true);
    expect(isMySize({ size: 'L' }, hoodie, { top: 'M' })).toBe(false);
    expect(isMySize({ size: 'M' }, hoodie, { bottom: 'M' })).toBe(false);
    expect(isMySize({ size: null }, hoodie, { top: 'M' })).toBe(false);
  });

  it('matches a shoe in EU size against a foot length in mm', () => {
    expect(isMySize({ size: '40' }, product('shoes', '跑鞋'), { shoe: '250mm' })).toBe(true);
  });

  it('gives the label the shopper wrote, only when it applies', () => {
    expect(mySizeLabel(hoodie, { top: ' L ' })).toBe('L');
    expect(mySizeLabel(hoodie, { shoe: '40' })).toBeNull();
  });

  it.each([
    ['top', 'M', true],
    ['top', '', true],
    ['shoe', '40', true],
    ['kids', '120', true],
    ['top', 'banana', false],
  ] as const)('readableSize(%s, %j) is %s', (kind, label, ok) => {
    expect(readableSize(kind, label)).toBe(ok);
  });
});

describe('skuRows', () => {
  it('orders by colour in page order, then size small to large, and marks the shopper’s size', () => {
    const snapshot = hoodieSnapshot({
      skus: [sku('a', 'XL', 3, '白色'), sku('b', 'L', 0, '黑色'), sku('c', 'S', 2, '白色'), sku('d', 'M', 5, '黑色')],
    });
    const { dimensions, rows, pricesDiffer } = skuRows(snapshot, { top: 'M' });
    expect(dimensions).toEqual(['颜色', '尺码']);
    expect(rows.map((r) => r.sku.skuId)).toEqual(['c', 'a', 'd', 'b']);
    expect(rows.filter((r) => r.mine).map((r) => r.sku.skuId)).toEqual(['d']);
    expect(rows.find((r) => r.sku.skuId === 'b')?.inStock).toBe(false);
    expect(pricesDiffer).toBe(false);
  });

  it('notices when the SKUs are priced differently', () => {
    const snapshot = hoodieSnapshot({ skus: [sku('a', 'S', 1, '黑色', 299), sku('b', 'M', 1, '黑色', 319)] });
    expect(skuRows(snapshot, {}).pricesDiffer).toBe(true);
  });
});
