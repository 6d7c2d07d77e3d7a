import { describe, expect, it } from 'vitest';
import { compareDates, findDates, normalizeDigits, normalizeWidth, parseDate, parseSmallNumber } from '../../src/parse';

describe('parseDate', () => {
  it.each([
    ['2025年3月1日', '2025-03-01'],
    ['2025年03月01日', '2025-03-01'],
    ['2025 年 3 月 1 日', '2025-03-01'],
    ['2025年3月1号', '2025-03-01'],
    ['2025年3月', '2025-03'],
    ['2025-03-01', '2025-03-01'],
    ['2025-3-1', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025/03/01 10:00:00', '2025-03-01'],
    ['2025.03.01', '2025-03-01'],
    ['2025.03', '2025-03'],
    ['2025-03', '2025-03'],
    ['2027/01', '2027-01'],
    ['20250301', '2025-03-01'],
    ['01/2027', '2027-01'],
    ['２０２５年３月１日', '2025-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['生产于2025.03.01-2025.04.10', '2025-03-01'],
  ])('%s -> %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    '2025-13-01',
    '2025-02-30',
    '2023-02-29',
    '2025年13月',
    '20251340',
    'SC10633011000225',
    '1.2.3',
    '13/2027',
    '03/01/2027',
    '2025',
    '价格 199.00',
    '',
    null,
    undefined,
  ])('no date in %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds each date of a range with its position', () => {
    expect(findDates('2025.03.01-2025.04.10')).toEqual([
      { date: '2025-03-01', start: 0, end: 10 },
      { date: '2025-04-10', start: 11, end: 21 },
    ]);
  });

  it('does not read the month of one date as the day of the next (2025.03-2025.04)', () => {
    expect(findDates('2025.03-2025.04').map((d) => d.date)).toEqual(['2025-03', '2025-04']);
  });
});

describe('compareDates', () => {
  it('orders dates of mixed precision by their first day', () => {
    expect(compareDates('2027-01', '2027-01-02')).toBeLessThan(0);
    expect(compareDates('2027-02', '2027-01-31')).toBeGreaterThan(0);
    expect(compareDates('2027-01-01', '2027-01-01')).toBe(0);
  });
});

describe('normalizeDigits', () => {
  it('turns full-width digits and marks into ASCII and leaves the rest', () => {
    expect(normalizeDigits('￥１，２９９．００元')).toBe('￥1,299.00元');
    expect(normalizeDigits('保质期：１８个月')).toBe('保质期：18个月');
  });
});

describe('normalizeWidth', () => {
  it('turns full-width ASCII forms into ASCII and folds whitespace, keeping line breaks', () => {
    expect(normalizeWidth('ＥＵ　４０（２５０）')).toBe('EU 40(250)');
    expect(normalizeWidth('a \u00a0\u3000 b\n\n  c')).toBe('a b\nc');
    expect(normalizeWidth('￥１')).toBe('￥1');
  });
});

describe('parseSmallNumber', () => {
  it.each([
    ['3', 3],
    ['12.5', 12.5],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十四', 24],
    ['三十六', 36],
    ['一百八十', 180],
    ['一百零五', 105],
  ])('%s -> %d', (text, n) => expect(parseSmallNumber(text)).toBe(n));

  it.each(['', '三个', 'abc', '-3'])('none in %j', (text) => expect(parseSmallNumber(text)).toBeNull());
});
