import { describe, expect, it } from 'vitest';
import {
  findCountdownText,
  findDefectWords,
  findLowStockText,
  findReturnPolicy,
  findSocialProofText,
  parseReleaseDate,
  readPageSignals,
} from '../../src/parse';
import { DEFECT_WORDS } from '../../src/parse/signal-patterns';
import { RETURN_REFUSAL } from '../../src/traps/return-words';
import * as cases from './signals.cases';

describe('findLowStockText', () => {
  it.each(cases.LOW_STOCK)('%s', (text, phrase) => expect(findLowStockText(text)).toBe(phrase));
  it.each(cases.NOT_LOW_STOCK)('none in %j', (text) => expect(findLowStockText(text)).toBeNull());
});

describe('findCountdownText', () => {
  it.each(cases.COUNTDOWN)('%s', (text, phrase) => expect(findCountdownText(text)).toBe(phrase));
  it.each(cases.NOT_COUNTDOWN)('none in %j', (text) => expect(findCountdownText(text)).toBeNull());
});

describe('findReturnPolicy', () => {
  it.each(cases.RETURN_POLICY)('%s', (text, policy) => expect(findReturnPolicy(text)).toBe(policy));
  it.each(cases.NO_RETURN_POLICY)('none in %j', (text) => expect(findReturnPolicy(text)).toBeNull());
});

describe('findDefectWords', () => {
  it.each(cases.DEFECTS)('%s', (text, words) => expect(findDefectWords(text)).toEqual(words));
  it.each(cases.NO_DEFECTS)('none in %j', (text) => expect(findDefectWords(text)).toEqual([]));
});

describe('defect words and the rules that read them', () => {
  // no-returns reads the refusals among defectWords and defect-goods the rest, split by
  // RETURN_REFUSAL: each word must land on the side its meaning belongs to.
  const REFUSALS = ['清仓不退换', '不退不换', 'no returns'];
  it.each(DEFECT_WORDS.map((w) => w.word))('%s', (word) => {
    expect(RETURN_REFUSAL.test(word)).toBe(REFUSALS.includes(word));
  });
});

describe('findSocialProofText', () => {
  it.each(cases.SOCIAL_PROOF)('%s', (text, phrase) => expect(findSocialProofText(text)).toBe(phrase));
  it.each(cases.NO_SOCIAL_PROOF)('none in %j', (text) => expect(findSocialProofText(text)).toBeNull());
});

describe('parseReleaseDate', () => {
  it.each(cases.RELEASE_DATES)('%s', (text, date) => expect(parseReleaseDate(text)).toBe(date || null));
  it.each(cases.NO_RELEASE_DATES)('none in %j', (text) => expect(parseReleaseDate(text)).toBeNull());
});

describe('readPageSignals', () => {
  it("reads the merchant-side article's return-page pitch in one pass", () => {
    const page = [
      '同品牌丝绒口红 ¥299',
      '87%的用户换购了该商品',
      '剩余库存:3件',
      '价格24小时后恢复',
      '服务说明：不支持7天无理由退货 清仓不退换',
      '上市时间：2023年9月',
    ].join('\n');
    expect(readPageSignals(page)).toEqual({
      lowStockText: '剩余库存:3件',
      countdownText: '价格24小时后恢复',
      returnPolicy: 'no-7day',
      defectWords: ['清仓不退换'],
      socialProofText: '87%的用户换购了',
      releasedOn: '2023-09',
      upsellOffers: [],
    });
  });

  it('is all empty for null', () => {
    expect(readPageSignals(null)).toEqual({
      lowStockText: null,
      countdownText: null,
      returnPolicy: null,
      defectWords: [],
      socialProofText: null,
      releasedOn: null,
      upsellOffers: [],
    });
  });
});
