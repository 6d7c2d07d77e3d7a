/**
 * UI strings in Chinese (default) and English. Kept as typed data rather than `browser.i18n`
 * because the shopper can switch the language in the options, which `browser.i18n` cannot.
 */
import { makeTranslator, type Lang, type Translate as TranslateKeys } from './i18n-core';
import { enCommon, zhCommon, type CommonKey, type Phrase } from './strings/common';
import { en } from './strings/en';
import { zh } from './strings/zh';

export { htmlLang, uiLang, type CommonKey, type Lang, type LangSetting, type Params } from './i18n-core';

export type MessageKey = CommonKey | keyof typeof zh;
/** A translator over every key; shared components take the narrower `Translate<CommonKey>`. */
export type Translate<K extends string = MessageKey> = TranslateKeys<K>;

const dictionaries: Record<Lang, Record<MessageKey, Phrase>> = {
  zh: { ...zhCommon, ...zh },
  en: { ...enCommon, ...en },
};

/** Every string of the popup and the options page. */
export function translator(lang: Lang): Translate<MessageKey> {
  return makeTranslator(dictionaries[lang], lang);
}

export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, Phrase>>>> = dictionaries;
