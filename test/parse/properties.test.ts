/**
 * Properties every parser keeps on any input: it never throws, and what it returns is well-formed
 * (no NaN, no negative amount, no impossible date). Inputs are arbitrary strings and strings built
 * from the tokens the parsers look for, so the deep paths are reached too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareSizes,
  detectCategory,
  parseDate,
  parseExpiry,
  parseOffers,
  parsePrice,
  parseReleaseDate,
  parseSize,
  readPageSignals,
  sameSize,
} from '../../src/parse';

const TOKENS = [
  '¥',
  '￥',
  '元',
  '$',
  'HK$',
  '€',
  '£',
  'JP¥',
  '円',
  'USD',
  'RMB',
  '万',
  '亿',
  '+',
  '-',
  '~',
  '至',
  '.',
  ',',
  ' ',
  '：',
  '０',
  '９',
  '．',
  '，',
  '满',
  '每满',
  '减',
  '件',
  '折',
  '券',
  '无门槛',
  '可用',
  '已售',
  '月销',
  '保质期',
  '生产日期',
  '有效期至',
  'EXP',
  '前使用',
  '天',
  '个月',
  '年',
  '月',
  '日',
  '/',
  '号',
  '码',
  'cm',
  'mm',
  'EU',
  'XL',
  '2XL',
  'A',
  '尺',
  '均码',
  '仅剩',
  '距结束',
  ':',
  '不支持',
  '7天无理由',
  '瑕疵',
  '上市时间',
  '%的用户',
  '人已买',
  '\n',
];
const numberish = fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.double({ noNaN: false }).map(String));
const tokenText = fc.array(fc.oneof(fc.constantFrom(...TOKENS), numberish), { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  tokenText,
);

const RUNS = { numRuns: 600 };

function isCalendarDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('parser properties on arbitrary text', () => {
  it('parsePrice returns null or a finite, non-negative amount (and max above it)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const price = parsePrice(text);
        if (price === null) return;
        expect(Number.isFinite(price.amount)).toBe(true);
        expect(price.amount).toBeGreaterThanOrEqual(0);
        expect(price.currency).toMatch(/^[A-Z]{3}$/);
        if (price.max !== undefined) {
          expect(Number.isFinite(price.max)).toBe(true);
          expect(price.max).toBeGreaterThan(price.amount);
        }
      }),
      RUNS,
    );
  });

  it('parseExpiry returns null or real dates and a positive shelf life', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expiry = parseExpiry(text);
        if (expiry === null) return;
        expect(Object.keys(expiry).length).toBeGreaterThan(0);
        for (const d of [expiry.producedFrom, expiry.producedTo, expiry.expiresOn]) {
          if (d !== undefined) expect(isCalendarDate(d)).toBe(true);
        }
        expect(expiry.producedFrom === undefined).toBe(expiry.producedTo === undefined);
        if (expiry.shelfLife) {
          expect(Number.isFinite(expiry.shelfLife.value)).toBe(true);
          expect(expiry.shelfLife.value).toBeGreaterThan(0);
          expect(['day', 'month', 'year']).toContain(expiry.shelfLife.unit);
        }
      }),
      RUNS,
    );
  });

  it('parseDate and parseReleaseDate return null or a real calendar date', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const d of [parseDate(text), parseReleaseDate(text)]) if (d !== null) expect(isCalendarDate(d)).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseDate keeps any valid year-month-day it is given', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number);
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${y}年${m}月${d}日`)).toBe(iso);
        expect(parseDate(`${y}/${m}/${d}`)).toBe(iso);
        expect(parseDate(iso.replace(/-/g, ''))).toBe(iso);
      }),
      RUNS,
    );
  });

  it('parseOffers returns only well-formed offers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const offer of parseOffers(text)) {
          if (offer.kind === 'threshold') {
            expect(offer.threshold).toBeGreaterThan(offer.discount);
            expect(offer.discount).toBeGreaterThan(0);
          } else if (offer.kind === 'coupon') {
            expect(offer.amount).toBeGreaterThan(0);
            if (offer.threshold !== null) expect(offer.threshold).toBeGreaterThanOrEqual(offer.amount);
          } else {
            expect(Number.isInteger(offer.minQuantity) && offer.minQuantity >= 1).toBe(true);
            expect(offer.percentOff).toBeGreaterThan(0);
            expect(offer.percentOff).toBeLessThan(100);
          }
          for (const v of Object.values(offer)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('parseSize returns finite facets; sameSize is reflexive and compareSizes antisymmetric', () => {
    const hint = fc.constantFrom(undefined, 'top', 'bottom', 'shoe', 'kids' as const);
    fc.assert(
      fc.property(anyText, anyText, hint, (a, b, h) => {
        const x = parseSize(a, h);
        const y = parseSize(b, h);
        for (const size of [x, y]) {
          if (size === null) continue;
          for (const v of Object.values(size)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          expect(sameSize(size, size)).toBe(true);
          expect(compareSizes(size, size)).toBe(0);
        }
        if (x && y) {
          const xy = compareSizes(x, y);
          expect(Number.isNaN(xy)).toBe(false);
          expect(Math.sign(xy)).toBe(-Math.sign(compareSizes(y, x)) || 0);
          expect(sameSize(x, y)).toBe(sameSize(y, x));
        }
      }),
      RUNS,
    );
  });

  it('detectCategory and readPageSignals never throw and keep their shapes', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 4 }), (text, path) => {
        expect(['food', 'cosmetics', 'apparel', 'shoes', 'electronics', 'other']).toContain(
          detectCategory({ categoryPath: path, breadcrumbs: path, title: text }),
        );
        const signals = readPageSignals(text);
        expect([null, '7day', 'no-7day']).toContain(signals.returnPolicy);
        expect(Array.isArray(signals.defectWords)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('parsers on hostile input', () => {
  const HOSTILE = [
    '1'.repeat(20_000),
    '1,'.repeat(10_000),
    '1.'.repeat(10_000),
    '¥'.repeat(10_000) + '1',
    '满'.repeat(10_000) + '减',
    '满1'.repeat(5_000),
    '2025-'.repeat(5_000),
    '保质期'.repeat(5_000),
    '生产日期 2025.03.01-'.repeat(2_000),
    'X'.repeat(20_000) + 'L',
    ' '.repeat(50_000),
    '\u0000\uffff\ud800'.repeat(5_000),
    '换购 A ¥229 爆款 '.repeat(12_000),
    '换购 ' + '¥1 '.repeat(60_000),
  ];

  // How long they take is measured in `npm run bench` (scrape.hostileReadWorst.ms and scrape.hostileWorst.ms), not here.
  it.each(HOSTILE.map((text, i) => [i, text] as const))('case %i finishes without throwing', (_i, text) => {
    parsePrice(text);
    parseExpiry(text);
    parseDate(text);
    parseOffers(text);
    parseSize(text);
    detectCategory({ title: text, categoryPath: [text] });
    expect(() => readPageSignals(text)).not.toThrow();
  });

  it('tolerates values that are not strings at run time', () => {
    const junk = [42, {}, [], true, Symbol('x')] as unknown as string[];
    for (const value of junk) {
      expect(parsePrice(value)).toBeNull();
      expect(parseExpiry(value)).toBeNull();
      expect(parseDate(value)).toBeNull();
      expect(parseOffers(value)).toEqual([]);
      expect(parseSize(value)).toBeNull();
      expect(readPageSignals(value).defectWords).toEqual([]);
    }
  });
});
