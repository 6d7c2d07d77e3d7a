import { describe, expect, it } from 'vitest';
import type { Category, Sku } from '../../src/core/types';
import type { SizeHint } from '../../src/parse';
import { sizeRun, sizesOf } from '../../src/traps/size-run';
import { context, run, sku, snapshot } from './context';

const runOf = (labels: string[], inStock: string[]): Sku[] => labels.map((l, i) => sku(`s${i}`, l, inStock.includes(l)));
const judge = (category: Category, skus: Sku[], sizes: Partial<Record<SizeHint, string>> = {}, lang: 'zh' | 'en' = 'zh') =>
  run(sizeRun, context({ snapshot: snapshot({ category, skus }), profile: { sizes }, lang }));

const LETTERS = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

describe('size-run with the shopper’s size', () => {
  it.each([
    // category, run, in stock, profile, severity or null, sizesLeft
    ['apparel', LETTERS, ['XS', 'XXL'], { top: 'M' }, 'danger', 'XS, XXL'],
    ['apparel', LETTERS, ['XS', 'M', 'XXL'], { top: 'M' }, null, ''],
    ['apparel', LETTERS, ['XS'], { top: 'XS' }, null, ''], // the end size left is the shopper's
    ['apparel', LETTERS, ['S', 'L'], { top: 'm' }, 'danger', 'S, L'],
    ['apparel', ['165/84A', '170/88A', '175/92A'], ['165/84A'], { top: '170/88A' }, 'danger', '165/84A'],
    ['shoes', ['38', '39', '40', '41', '42'], ['38', '42'], { shoe: '40' }, 'danger', '38, 42'],
    ['shoes', ['240', '245', '250', '255'], ['240', '255'], { shoe: '40' }, 'danger', '240, 255'], // EU 40 = 250 mm
    ['shoes', ['38', '39', '40', '41'], ['40'], { shoe: '250mm' }, null, ''],
    ['apparel', ['26', '27', '28', '29', '30'], ['26'], { top: 'M', bottom: '29' }, 'danger', '26'],
    ['apparel', ['110cm', '120cm', '130cm'], ['110cm', '130cm'], { kids: '120' }, 'danger', '110cm, 130cm'],
    ['apparel', LETTERS, [], { top: 'M' }, 'danger', 'none'],
  ] as const)('%s run %j, in stock %j, shopper %j -> %s', (category, labels, inStock, sizes, severity, left) => {
    const trap = judge(category, runOf([...labels], [...inStock]), sizes);
    if (severity === null) {
      expect(trap).toBeNull();
      return;
    }
    expect(trap).toMatchObject({ id: 'size-run', severity, evidence: { sizesLeft: left } });
  });

  it('names the shopper’s size and the sizes left, in both languages', () => {
    const skus = runOf(LETTERS, ['XS', 'XXL']);
    expect(judge('apparel', skus, { top: 'M' })?.title).toBe('你的尺码 M 已售罄');
    expect(judge('apparel', skus, { top: 'M' })?.detail).toContain('还剩：XS、XXL');
    expect(judge('apparel', skus, { top: 'M' }, 'en')?.detail).toContain('left: XS, XXL');
  });

  it('counts a SKU with zero stock as sold out even if marked available', () => {
    const skus = [sku('a', 'S', true, 5), sku('b', 'M', true, 0), sku('c', 'L', true, 3)];
    expect(judge('apparel', skus, { top: 'M' })).toMatchObject({ severity: 'danger', evidence: { sizesLeft: 'S, L' } });
  });

  it('treats a size as in stock when any colour of it is', () => {
    const skus = [sku('a', 'M', false), sku('b', 'M', true), sku('c', 'L', false)];
    expect(judge('apparel', skus, { top: 'M' })).toBeNull();
  });
});

describe('size-run without a matching profile size: only the ends left', () => {
  it.each([
    [LETTERS, ['XS', 'XXL'], 'warn'],
    [LETTERS, ['XS'], 'warn'],
    [['XXL', 'S', 'XS', 'XL', 'M', 'L'], ['XS', 'XXL'], 'warn'], // page order scrambled: sorted by size
    [LETTERS, ['XS', 'L', 'XXL'], null],
    [LETTERS, [], null], // sold out entirely: not a broken run
    [['S', 'L'], ['S'], null], // two sizes have no middle
    [['S', 'M', 'L'], ['S', 'L'], 'warn'],
  ] as const)('run %j with %j in stock -> %s', (labels, inStock, severity) => {
    const trap = judge('apparel', runOf([...labels], [...inStock]));
    expect(trap?.severity ?? null).toBe(severity);
  });

  it('falls back to the ends check when the profile size is in another system', () => {
    const trap = judge('apparel', runOf(LETTERS, ['XS', 'XXL']), { shoe: '40' });
    expect(trap).toMatchObject({ severity: 'warn', evidence: { sizesLeft: 'XS, XXL', sizesSoldOut: 'S, M, L, XL' } });
  });

  it('is silent for products without sizes', () => {
    expect(judge('electronics', [sku('a', null, true), sku('b', null, false)])).toBeNull();
    expect(judge('apparel', [])).toBeNull();
  });
});

describe('sizesOf', () => {
  it('keeps page order and merges colours', () => {
    expect(sizesOf([sku('a', 'M', false), sku('b', 'S', true), sku('c', 'M', true), sku('d', null, true)])).toEqual([
      { label: 'M', available: true },
      { label: 'S', available: true },
    ]);
  });
});
