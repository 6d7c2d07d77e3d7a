import { parsePrice } from '../parse';
import { blankSnapshot } from './snapshot';
import type { PageInput, SiteAdapter } from './types';

const ITEM_PATH = /^\/(\d+)\.html$/;

function text(doc: Document, selector: string): string | null {
  const t = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

export const jdAdapter: SiteAdapter = {
  site: 'jd',
  matchesUrl: (url) => (url.hostname === 'item.jd.com' || url.hostname === 'item.jd.hk') && ITEM_PATH.test(url.pathname),
  itemIdFromUrl: (url) => ITEM_PATH.exec(url.pathname)?.[1] ?? null,
  readySelector: '.p-price .price',
  extract({ doc, url, now }: PageInput) {
    const itemId = jdAdapter.itemIdFromUrl(url) ?? '';
    const s = blankSnapshot('jd', itemId, url, now);
    s.title = text(doc, '.sku-name') ?? text(doc, 'title');
    if (!s.title) s.warnings.push('no title found');
    const price = parsePrice(text(doc, '.p-price .price'));
    s.price = price?.amount ?? null;
    s.priceMax = price?.max ?? null;
    if (!price) s.warnings.push('no price found in .p-price');
    s.listPrice = parsePrice(text(doc, 'del#page_origin_price'))?.amount ?? null;
    return s;
  },
};
