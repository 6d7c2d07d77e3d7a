/**
 * Translation machinery without any dictionary, so the in-page panel can carry only the strings
 * it shows (common.ts) while the popup and options carry all of them (i18n.ts).
 */
import { browserLanguages, htmlLang, resolveLang, type Lang, type LangSetting } from '../core/lang';
import { enCommon, zhCommon, type CommonKey, type Phrase } from './strings/common';

export type Params = Record<string, string | number>;
export type Translate<K extends string = CommonKey> = (key: K, params?: Params) => string;
export type { CommonKey, Lang, LangSetting };
export { htmlLang };

/** The language a face shows: the setting, or the browser's languages for 'auto'. */
export function uiLang(setting: LangSetting | null | undefined): Lang {
  return resolveLang(setting, browserLanguages());
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  zh: new Intl.PluralRules('zh-CN'),
  en: new Intl.PluralRules('en'),
};

/** `{name}` placeholders are filled from params; a phrase with plural forms picks one by `n`. */
export function makeTranslator<K extends string>(dictionary: Readonly<Record<K, Phrase>>, lang: Lang): Translate<K> {
  return (key, params) => {
    const phrase = dictionary[key];
    const text =
      typeof phrase === 'string' ? phrase : pluralRules[lang].select(Number(params?.n ?? 0)) === 'one' ? phrase.one : phrase.other;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}

/** The panel's translator: the shared strings only. */
export function commonTranslator(lang: Lang): Translate<CommonKey> {
  return makeTranslator(lang === 'zh' ? zhCommon : enCommon, lang);
}
