import { describe, expect, it } from 'vitest';
import { OFFER_PATTERNS, parseOffer, parseOffers } from '../../src/parse';
import { NOT_OFFERS, OFFER_CASES } from './offer.cases';

describe('parseOffers', () => {
  it.each(OFFER_CASES)('%s', (text, expected) => {
    expect(parseOffers(text)).toEqual(expected);
  });

  it.each(NOT_OFFERS)('reads no offer in %j', (text) => {
    expect(parseOffers(text)).toEqual([]);
  });

  it('reads an offer repeated on the page once', () => {
    expect(parseOffers('满300减40 … 满300减40')).toEqual([{ kind: 'threshold', threshold: 300, discount: 40, repeat: false }]);
  });

  it('is empty for null and undefined', () => {
    expect(parseOffers(null)).toEqual([]);
    expect(parseOffers(undefined)).toEqual([]);
  });
});

describe('parseOffer', () => {
  it('returns the first offer written', () => {
    expect(parseOffer('满2件9折 满300减40')).toEqual({ kind: 'percent', minQuantity: 2, percentOff: 10 });
  });

  it('is null when there is none', () => {
    expect(parseOffer('包邮')).toBeNull();
  });
});

describe('OFFER_PATTERNS', () => {
  it('is a table of named global patterns', () => {
    const names = OFFER_PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of OFFER_PATTERNS) {
      expect(p.name.trim()).not.toBe('');
      expect(p.re.flags).toContain('g');
    }
  });
});
