import type { ProductReading, ProductSnapshot } from './types';

/**
 * "Report this page" (issue 11): one file a shopper attaches to a bug report, holding the page's
 * HTML with personal data left out, what the extension read from it, and the extension's version.
 * `npm run -s scrape -- report.json` reads the same HTML again.
 */
export const PAGE_REPORT_FORMAT = 'fanchang-radar-page-report';

export interface PageReport {
  format: typeof PAGE_REPORT_FORMAT;
  version: 1;
  extensionVersion: string;
  /** ISO time the report was made. */
  savedAt: string;
  url: string;
  snapshot: ProductSnapshot;
  html: string;
}

/**
 * What the tab's reader builds: the page, and its reading with the texts not yet interpreted
 * (the reader script carries no interpreter); the extension page that saves the file interprets
 * them, as the background did when it stored the reading.
 */
export interface PageReportDraft extends Omit<PageReport, 'snapshot'> {
  reading: ProductReading;
}

/** Keys that name the shopper wherever they appear in a key: nickname, account, address, secrets. */
const PERSONAL_PART =
  /nick|username|user_name|loginname|login_name|realname|real_name|address|consignee|receiver|email|cookie|token|csrf|session/i;
/** Keys that name the shopper only as a whole word: a "mobile" inside "mobilePrice" is not a phone. */
const PERSONAL_WHOLE =
  /^(?:phone|mobile|mobileno|mobilephone|usermobile|tel|telephone|uid|userid|user_id|usernum|memberid|member_id|pin|unb|cna|sn|tracknick)$/i;
/** The shop's own name is public and the adapters read it (Tmall's sellerNickName). */
const SHOP_KEY = /^(?:seller|shop|store|brand)/i;

/** Whether a value under this key identifies the shopper (or their session) rather than the product. */
export function isPersonalKey(key: string): boolean {
  if (SHOP_KEY.test(key)) return false;
  return PERSONAL_WHOLE.test(key) || PERSONAL_PART.test(key);
}

/** A JavaScript or JSON string literal, double or single quoted, with escapes. */
const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;
/** `"key": value`, `'key': value`, `key: value` or `key = value`, where value is a string or a number. */
const KEY_VALUE = new RegExp(String.raw`(["']?)([A-Za-z_$][\w$]*)\1(\s*[:=]\s*)(${STRING}|-?\d+(?:\.\d+)?)`, 'g');

/**
 * Blanks the personal values in a script's text, keeping its shape so the adapters' readers still
 * parse it: a string becomes "" and a number 0. Everything else (prices, SKUs, stock) stays.
 */
export function scrubScriptText(text: string): string {
  return text.replace(KEY_VALUE, (whole, quote: string, key: string, sep: string, value: string) => {
    if (!isPersonalKey(key)) return whole;
    const blank = /^["']/.test(value) ? `${value[0]}${value[0]}` : '0';
    return `${quote}${key}${quote}${sep}${blank}`;
  });
}

/** `fanchang-radar-report-jd-100012043978-20261116-1000.json`, from the reading and the moment. */
export function pageReportFileName(snapshot: Pick<ProductSnapshot, 'site' | 'itemId'>, savedAt: string): string {
  const stamp = savedAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  const id = snapshot.itemId.replace(/[^\w-]/g, '_').slice(0, 40);
  return `fanchang-radar-report-${snapshot.site}-${id}-${stamp}.json`;
}

export function buildPageReport(input: Omit<PageReport, 'format' | 'version'>): PageReport {
  return { format: PAGE_REPORT_FORMAT, version: 1, ...input };
}
