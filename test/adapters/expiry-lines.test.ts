import { describe, expect, it } from 'vitest';
import { expiryFromLines } from '../../src/adapters/interpret';

/** Each place a page keeps expiry in its parameter list, read the same way. */
describe('expiryFromLines', () => {
  it.each([
    [['保质期：365天'], { shelfLife: { value: 365, unit: 'day' } }],
    [['保质期(天)：365'], { shelfLife: { value: 365, unit: 'day' } }],
    [['保质期（月）：18'], { shelfLife: { value: 18, unit: 'month' } }],
    [
      ['生产年份：2025', '生产月份：3', '保质期：12个月'],
      { shelfLife: { value: 12, unit: 'month' }, producedFrom: '2025-03', producedTo: '2025-03' },
    ],
    [['生产年份：2025'], null],
    [['生产月份：13', '生产年份：2025'], null],
    [['保质期(天)：见包装'], null],
  ] as const)('%j', (lines, expected) => expect(expiryFromLines(lines)).toEqual(expected));
});
