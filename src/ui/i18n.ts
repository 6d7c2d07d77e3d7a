/**
 * UI strings in Chinese (default) and English. Kept as typed data rather than `browser.i18n`
 * because the shopper can switch the language in the options, which `browser.i18n` cannot.
 */
import { zh, type Phrase } from './strings/zh';
import { en } from './strings/en';

export type MessageKey = keyof typeof zh;
export type Lang = 'zh' | 'en';
/** The language setting: 'auto' follows the browser. */
export type LangSetting = Lang | 'auto';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const dictionaries: Record<Lang, Record<MessageKey, Phrase>> = { zh, en };

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
export function translator(lang: Lang): Translate {
  return (key, params) => {
    const phrase = dictionaries[lang][key];
    const text =
      typeof phrase === 'string'
        ? phrase
        : pluralRules[lang].select(Number(params?.n ?? 0)) === 'one'
          ? phrase.one
          : phrase.other;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}
