import { decodeEntities } from '../parse';
import { metaContent, safeQueryAll, textAt, textOf } from './page';
import { inForeignModule } from './foreign-modules';

/**
 * The product's title from the page itself, for when the page data has none: the product's own
 * <h1>, else the document title without the site's name ("红枣 - 拼多多", "Shoe | Summit
 * Outfitters", "【京东】…-京东"). A title with a site name left in it is another value, not the title.
 */
export function pageTitle(doc: Document, siteNames: readonly string[] = []): string | null {
  for (const h1 of safeQueryAll(doc, 'h1').slice(0, 10)) {
    const t = textOf(h1);
    if (t && t.length >= 2 && t.length <= 300 && !inForeignModule(h1)) return decodeEntities(t);
  }
  return documentTitle(doc, siteNames);
}

/** The document's title (og:title, <title>) without the site's name and its SEO tags. */
export function documentTitle(doc: Document, siteNames: readonly string[] = []): string | null {
  const raw = metaContent(doc, 'og:title') ?? textAt(doc, 'title');
  if (!raw) return null;
  // JD: "【京东】…【行情 报价 价格 评测】-京东"; the bracketed words are SEO, not the product.
  const cleaned = decodeEntities(raw).replace(/【(京东|行情 报价 价格 评测)】/g, ' ');
  return withoutSiteName(cleaned, [...siteNames, metaContent(doc, 'og:site_name') ?? '']);
}

/** Taobao's and Tmall's names, as their document titles append them. */
export const ALIBABA_NAMES = ['淘宝网', 'tmall.com天猫', '天猫', 'Tmall', '天猫Tmall.com'];

const SEPARATOR = String.raw`\s*(?:[|｜_–—-]|\s-\s)\s*`;

export function withoutSiteName(title: string, siteNames: readonly string[]): string | null {
  let t = title.trim();
  for (const name of siteNames) {
    if (!name) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`${SEPARATOR}${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^${escaped}${SEPARATOR}`, 'i'), '');
  }
  // "Shoe | Shop": what follows the last bar is the site.
  const bar = Math.max(t.lastIndexOf('|'), t.lastIndexOf('｜'));
  if (bar > 0) t = t.slice(0, bar);
  t = t.trim();
  return t.length >= 2 ? t : null;
}
