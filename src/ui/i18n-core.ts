/**
 * Translation machinery without any dictionary, so the in-page panel can carry only the strings
 * it shows (common.ts) while the popup and options carry all of them (i18n.ts).
 */
import { enCommon, zhCommon, type CommonKey, type Phrase } from './strings/common';

export type Lang = 'zh' | 'en';
/** The language setting: 'auto' follows the browser. */
export type LangSetting = Lang | 'auto';
export type Params = Record<string, string | number>;
export type Translate<K extends string = CommonKey> = (key: K, params?: Params) => string;
export type { CommonKey };

export function detectLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first === '' || first.startsWith('zh') ? 'zh' : 'en';
}

export function resolveLang(setting: LangSetting | null | undefined, languages?: readonly string[]): Lang {
  return setting === 'zh' || setting === 'en' ? setting : detectLang(languages);
}

/** The `lang` attribute for a UI language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
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
