import { isPersonalKey, PAGE_REPORT_FORMAT, scrubScriptText, type PageReportDraft } from '../core/page-report';
import type { ProductReading } from '../core/types';

/** Classes and ids of the shop's login bar, greeting and address blocks, which print the shopper's name. */
const PERSONAL_REGION = /nick|user-?name|user-?info|login-?info|member-?info|address|addr\b|consignee|receiver/i;
/** The shop's own name and links are public, and the adapters read them. */
const SHOP_REGION = /shop|seller|store/i;
/** Form fields whose typed value the adapters read back (quantity); every other field is emptied. */
const KEPT_FIELD = /quantity|amount|buy-?num|count/i;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

/**
 * The page's HTML as the adapters saw it, with the shopper left out: inline scripts keep their
 * product data but lose names, addresses, phone numbers and session secrets; login and address
 * blocks are emptied; form fields lose what was typed (but the quantity); our own panel is dropped.
 */
export function scrubbedPageHtml(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  const liveFields = [...doc.querySelectorAll('input, textarea')];
  const cloneFields = [...root.querySelectorAll('input, textarea')];
  cloneFields.forEach((field, i) => {
    const live = liveFields[i] as HTMLInputElement | undefined;
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    const kept = type === 'number' || KEPT_FIELD.test(`${field.getAttribute('name') ?? ''} ${classAndId(field)}`);
    if (field.tagName.toLowerCase() === 'textarea') field.textContent = '';
    else if (kept && live) field.setAttribute('value', live.value);
    else if (type !== 'submit' && type !== 'button' && type !== 'radio' && type !== 'checkbox') field.removeAttribute('value');
  });
  root.querySelector('fanchang-radar-panel')?.remove();
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      if (!el.hasAttribute('src') && el.textContent) el.textContent = scrubScriptText(el.textContent);
      continue;
    }
    const names = classAndId(el);
    if (tag !== 'html' && tag !== 'body' && tag !== 'head' && PERSONAL_REGION.test(names) && !SHOP_REGION.test(names)) el.textContent = '';
    for (const attr of [...el.attributes]) {
      if (attr.name.startsWith('data-') && isPersonalKey(attr.name.slice(5).replace(/-/g, '_'))) el.removeAttribute(attr.name);
    }
  }
  return `<!DOCTYPE html>\n${root.outerHTML}`;
}

/** The report of this page: scrubbed HTML, the reading, the extension's version. */
export function pageReportOf(doc: Document, reading: ProductReading, extensionVersion: string, savedAt: string): PageReportDraft {
  return {
    format: PAGE_REPORT_FORMAT,
    version: 1,
    extensionVersion,
    savedAt,
    url: reading.snapshot.url,
    reading,
    html: scrubbedPageHtml(doc),
  };
}
