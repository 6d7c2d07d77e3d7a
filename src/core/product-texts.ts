import type { ProductTexts } from './types';

/**
 * How much of a page's texts crosses from the content script to the background: no less than the
 * parsers read (signals read 100,000 characters, offers 50,000, a shelf-life line 20,000), and a
 * bound on the whole, so a page that writes megabytes of parameters costs a bounded message.
 * The content script fits its reading to these; the background refuses anything larger.
 */
export const TEXT_LIMITS = {
  signalText: 100_000,
  offerText: 50_000,
  expirySources: 4,
  /** Characters of parameter lines per source, all lines together. */
  expiryChars: 200_000,
  expiryLines: 500,
  expiryLine: 20_000,
  sourceName: 64,
  categoryNames: 20,
  categoryName: 200,
} as const;

/** `texts` cut to TEXT_LIMITS; a page whose parameter lines run past the bound keeps its first ones. */
export function fitTexts(texts: ProductTexts): ProductTexts {
  const L = TEXT_LIMITS;
  const names = (list: readonly string[]) => list.slice(0, L.categoryNames).map((n) => n.slice(0, L.categoryName));
  return {
    expiry: texts.expiry.slice(0, L.expirySources).map(({ source, lines }) => {
      const kept: string[] = [];
      let chars = 0;
      for (const line of lines) {
        const cut = line.slice(0, L.expiryLine);
        if (kept.length >= L.expiryLines || chars + cut.length > L.expiryChars) break;
        kept.push(cut);
        chars += cut.length;
      }
      return { source: source.slice(0, L.sourceName), lines: kept };
    }),
    categoryPath: names(texts.categoryPath),
    breadcrumbs: names(texts.breadcrumbs),
    signalText: texts.signalText.slice(0, L.signalText),
    offerText: texts.offerText === null ? null : texts.offerText.slice(0, L.offerText),
  };
}
