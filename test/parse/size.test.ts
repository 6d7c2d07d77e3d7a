import { describe, expect, it } from 'vitest';
import { compareSizes, normalizeProfileSize, parseSize, sameSize, type NormalizedSize } from '../../src/parse';
import { DIFFERENT_SIZES, NOT_SIZES, SAME_SIZES, SIZE_CASES } from './size.cases';

const facetsOf = (size: NormalizedSize | null): Omit<NormalizedSize, 'label'> | null => {
  if (!size) return null;
  const { label: _label, ...facets } = size;
  return facets;
};

describe('parseSize', () => {
  it.each(SIZE_CASES)('%s (hint %s)', (label, hint, expected) => {
    expect(facetsOf(parseSize(label, hint))).toEqual(expected);
  });

  it.each(NOT_SIZES)('reads no size in %j (hint %s)', (label, hint) => {
    expect(parseSize(label, hint)).toBeNull();
  });

  it('labels sizes canonically', () => {
    expect(parseSize('2XL')?.label).toBe('XXL');
    expect(parseSize('40', 'shoe')?.label).toBe('EU 40 (250mm)');
    expect(parseSize('160/84A')?.label).toBe('160/84A');
    expect(parseSize('29码')?.label).toBe('W29');
    expect(parseSize('120', 'kids')?.label).toBe('120cm');
    expect(parseSize('均码')?.label).toBe('均码');
  });

  it('keeps the foot length when a label contradicts itself (38码/250)', () => {
    expect(parseSize('38码/250')?.footMm).toBe(250);
  });
});

describe('sameSize', () => {
  it.each(SAME_SIZES.map(([a, b, hint]) => ({ a, b, hint })))('$a = $b', ({ a, b, hint }) => {
    expect(sameSize(parseSize(a, hint), parseSize(b, hint))).toBe(true);
  });

  it.each(DIFFERENT_SIZES.map(([a, b, hint]) => ({ a, b, hint })))('$a ≠ $b', ({ a, b, hint }) => {
    expect(sameSize(parseSize(a, hint), parseSize(b, hint))).toBe(false);
  });

  it('is false when either side could not be read', () => {
    expect(sameSize(null, parseSize('M'))).toBe(false);
    expect(sameSize(parseSize('M'), null)).toBe(false);
  });
});

describe('compareSizes', () => {
  const sortLabels = (labels: string[], hint?: 'top' | 'bottom' | 'shoe' | 'kids'): string[] =>
    labels
      .map((label) => ({ label, size: parseSize(label, hint)! }))
      .sort((a, b) => compareSizes(a.size, b.size))
      .map((s) => s.label);

  it('orders a letter run small to large', () => {
    expect(sortLabels(['XL', 'S', '3XL', 'M', 'XXL', 'XS', 'L'])).toEqual(['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL']);
  });

  it('orders shoes given as EU sizes and millimetres on one scale', () => {
    expect(sortLabels(['42', '255', '39.5', 'EU 38', '240mm'], 'shoe')).toEqual(['EU 38', '240mm', '39.5', '255', '42']);
  });

  it('orders 号型 by height, kids by height and waists by girth', () => {
    expect(sortLabels(['170/88A', '160/84A', '165/88A'])).toEqual(['160/84A', '165/88A', '170/88A']);
    expect(sortLabels(['130cm', '100cm', '110码'], 'kids')).toEqual(['100cm', '110码', '130cm']);
    expect(sortLabels(['2尺4', 'W28', '30'], 'bottom')).toEqual(['W28', '30', '2尺4']);
  });

  it('is zero for the same size and antisymmetric otherwise', () => {
    const m = parseSize('M')!;
    const l = parseSize('L')!;
    expect(compareSizes(m, parseSize('M号')!)).toBe(0);
    expect(Math.sign(compareSizes(m, l))).toBe(-Math.sign(compareSizes(l, m)));
  });

  it('gives sizes of unrelated systems a stable order instead of NaN', () => {
    const result = compareSizes(parseSize('M')!, parseSize('EU 40')!);
    expect(Number.isNaN(result)).toBe(false);
    expect(result).not.toBe(0);
  });
});

describe('normalizeProfileSize', () => {
  it.each([
    ['shoe', '40', 250, 'footMm'],
    ['shoe', '250', 250, 'footMm'],
    ['bottom', '29', 73.7, 'waistCm'],
    ['kids', '120', 120, 'heightCm'],
    ['top', 'M', 4, 'letter'],
    ['top', '170', 170, 'heightCm'],
  ] as const)('%s %s', (kind, label, value, facet) => {
    expect(normalizeProfileSize(kind, label)?.[facet]).toBe(value);
  });

  it('matches the profile against SKU labels of the same page', () => {
    expect(sameSize(normalizeProfileSize('shoe', '40'), parseSize('250mm'))).toBe(true);
    expect(sameSize(normalizeProfileSize('bottom', '29'), parseSize('2尺2'))).toBe(true);
    expect(sameSize(normalizeProfileSize('kids', '120'), parseSize('120cm'))).toBe(true);
    expect(sameSize(normalizeProfileSize('top', 'M'), parseSize('M(165/88A)'))).toBe(true);
  });
});
