/**
 * The shopper's language, one type and one resolver for every face (popup, options, panel,
 * background rules and alerts). Chinese is the default; English is the second language.
 */
export type Lang = 'zh' | 'en';

/** The language setting: 'auto' follows the browser. */
export type LangSetting = Lang | 'auto';

/**
 * "Follow the browser": the first preferred language decides; Chinese when it is Chinese or
 * when the browser names none, English for any other (the only other language we speak).
 */
export function detectLang(languages: readonly string[]): Lang {
  const first = languages[0]?.trim().toLowerCase() ?? '';
  return first === '' || first.startsWith('zh') ? 'zh' : 'en';
}

/** The setting resolved: a chosen language wins; 'auto', missing or unknown follows the browser. */
export function resolveLang(setting: string | null | undefined, languages: readonly string[]): Lang {
  return setting === 'zh' || setting === 'en' ? setting : detectLang(languages);
}

/** The `lang` attribute for a UI language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The browser's preferred languages where there is a navigator (extension pages, workers). */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as { languages?: readonly string[]; language?: string } | undefined;
  if (nav?.languages && nav.languages.length > 0) return nav.languages;
  return nav?.language ? [nav.language] : [];
}
