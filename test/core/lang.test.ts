import { describe, expect, it } from 'vitest';
import { detectLang, resolveLang } from '../../src/core/lang';

describe('one language resolver for every face', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['de-DE'], 'en'],
    [[], 'zh'],
    [[''], 'zh'],
  ] as const)('browser languages %j read as %s', (languages, lang) => {
    expect(detectLang(languages)).toBe(lang);
  });

  it.each([
    ['auto', ['zh-CN'], 'zh'],
    ['auto', ['en-US'], 'en'],
    ['auto', [], 'zh'],
    ['en', ['zh-CN'], 'en'],
    ['zh', ['de'], 'zh'],
    [undefined, ['zh-CN'], 'zh'],
    [null, [], 'zh'],
    ['fr', [], 'zh'],
  ] as const)('setting %s with browser %j shows %s', (setting, languages, shown) => {
    expect(resolveLang(setting, languages)).toBe(shown);
  });
});
