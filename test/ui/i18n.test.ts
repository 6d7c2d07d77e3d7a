import { describe, expect, it } from 'vitest';
import { commonTranslator } from '../../src/ui/i18n-core';
import { DICTIONARIES, translator, type MessageKey } from '../../src/ui/i18n';
import { enCommon, zhCommon, type Phrase } from '../../src/ui/strings/common';

const { zh, en } = DICTIONARIES;

const forms = (p: Phrase) => (typeof p === 'string' ? [p] : [p.one, p.other]);
const placeholders = (p: Phrase) => new Set(forms(p).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

describe('UI strings', () => {
  const keys = Object.keys(zh) as MessageKey[];

  it('has every key in both languages and no extra English keys', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: both languages take the same placeholders and are not blank', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
    for (const text of [...forms(zh[key]), ...forms(en[key])]) expect(text.trim()).not.toBe('');
  });

  it('the Chinese strings are Chinese and the English ones are not', () => {
    const hanzi = /[\u4e00-\u9fff]/;
    // Sizes written the Chinese way (2尺3) are legitimate inside English hints.
    const englishAllowedHanzi = new Set<MessageKey>(['sizeBottomHint']);
    for (const key of keys) {
      if (!englishAllowedHanzi.has(key)) for (const text of forms(en[key])) expect(text, key).not.toMatch(hanzi);
    }
    const chineseRatio = keys.filter((k) => forms(zh[k]).some((text) => hanzi.test(text))).length / keys.length;
    expect(chineseRatio).toBeGreaterThan(0.95);
  });
});

describe('the panel’s shared strings', () => {
  it('are the same text in the panel as in the popup', () => {
    for (const lang of ['zh', 'en'] as const) {
      const common = commonTranslator(lang);
      const full = translator(lang);
      for (const key of Object.keys(zhCommon) as Array<keyof typeof zhCommon>) expect(common(key, { n: 2 }), key).toBe(full(key, { n: 2 }));
    }
    expect(Object.keys(enCommon).sort()).toEqual(Object.keys(zhCommon).sort());
  });
});

describe('translator', () => {
  it('fills placeholders and picks English plural forms by n', () => {
    const t = translator('en');
    expect(t('trapCount', { n: 1 })).toBe('1 trap');
    expect(t('trapCount', { n: 3 })).toBe('3 traps');
    expect(t('priceAbovePromo', { amount: '¥20' })).toBe('¥20 above the promo');
  });

  it('keeps Chinese without plural forms', () => {
    expect(translator('zh')('trapCount', { n: 1 })).toBe('1 个陷阱');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(translator('zh')('watchFailed', {})).toBe('没能设置提醒：{error}');
  });
});
