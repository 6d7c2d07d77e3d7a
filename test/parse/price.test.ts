import { describe, expect, it } from 'vitest';
import { parsePrice } from '../../src/parse';
import { PRICE_CASES, NOT_PRICES } from './price.cases';

describe('parsePrice', () => {
  it.each(PRICE_CASES)('%s', (text, expected) => {
    expect(parsePrice(text)).toEqual(expected);
  });

  it.each(NOT_PRICES)('reads no price in %s', (text) => {
    expect(parsePrice(text)).toBeNull();
  });

  it('is null for null, undefined and the empty string', () => {
    expect(parsePrice(null)).toBeNull();
    expect(parsePrice(undefined)).toBeNull();
    expect(parsePrice('')).toBeNull();
  });
});
