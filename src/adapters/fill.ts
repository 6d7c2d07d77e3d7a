import type { Expiry, ProductSnapshot, Sku } from '../core/types';
import {
  detectCategory,
  findCountdownText,
  findDefectWords,
  findLowStockText,
  findReturnPolicy,
  findSocialProofText,
  findUpsellOffers,
  parseExpiry,
  parseOffers,
  parseReleaseDate,
  type ParsedPrice,
} from '../parse';

/**
 * The parts of a snapshot every adapter fills the same way once it has found the raw pieces:
 * SKUs and their size label, the price summary over SKUs, expiry, offers, text signals, category,
 * and warnings for whatever stayed unread.
 */

/** Names of a sale property that is a size (尺码 M, 鞋码 40, Size L). */
const SIZE_DIMENSION = /尺码|尺寸|鞋码|码数|^码$|号码|size/i;

export function isSizeDimension(name: string): boolean {
  return SIZE_DIMENSION.test(name);
}

/** The value of the first size dimension in `props`, in the props' key order. */
export function sizeLabel(props: Record<string, string>): string | null {
  for (const name of Object.keys(props)) if (isSizeDimension(name)) return props[name]!;
  return null;
}

export interface SkuInput {
  skuId: string;
  props: Record<string, string>;
  price: number | null;
  stock: number | null;
  /** When the page says so outright (a disabled option); otherwise derived from the stock. */
  available?: boolean;
  /** `sizeLabel(props)`, when the caller has it already from dimensions it tested once per page. */
  size?: string | null;
}

export function makeSku({ skuId, props, price, stock, available, size }: SkuInput): Sku {
  const cleanStock = stock !== null && Number.isFinite(stock) ? Math.max(0, Math.floor(stock)) : null;
  const cleanPrice = price !== null && Number.isFinite(price) && price >= 0 ? price : null;
  return {
    skuId,
    props,
    size: size === undefined ? sizeLabel(props) : size,
    price: cleanPrice,
    stock: cleanStock,
    available: available ?? (cleanStock === null ? true : cleanStock > 0),
  };
}

/**
 * Price and range from the SKUs: the selected SKU's price when one is selected, otherwise the
 * cheapest SKU the shopper can buy; the range's top over every SKU, as the page's range shows it.
 */
export function priceFromSkus(s: ProductSnapshot, selectedSkuId: string | null = null): boolean {
  const priced = s.skus.filter((k) => k.price !== null);
  if (priced.length === 0) return false;
  const selected = selectedSkuId ? priced.find((k) => k.skuId === selectedSkuId) : undefined;
  if (selected) {
    s.price = selected.price;
    s.priceMax = null;
    return true;
  }
  const buyable = priced.filter((k) => k.available);
  const pool = buyable.length > 0 ? buyable : priced;
  const low = Math.min(...pool.map((k) => k.price!));
  const high = Math.max(...priced.map((k) => k.price!));
  s.price = low;
  s.priceMax = high > low ? high : null;
  return true;
}

/** Applies a price read from the page's text (a single amount or a range). */
export function applyShownPrice(s: ProductSnapshot, shown: ParsedPrice | null): boolean {
  if (!shown) return false;
  s.price = shown.amount;
  s.priceMax = shown.max !== undefined && shown.max > shown.amount ? shown.max : null;
  if (shown.currency) s.currency = shown.currency;
  return true;
}

/** Lines that speak of dates or shelf life, read one by one and merged into one expiry. */
export function expiryFromLines(lines: readonly string[]): Expiry | null {
  let merged: Expiry | null = null;
  for (const line of normalizeExpiryLines(lines)) {
    if (!EXPIRY_LINE.test(line)) continue;
    const found = parseExpiry(line);
    if (!found) continue;
    merged = { ...found, ...(merged ?? {}) };
  }
  return merged;
}

/** 保质期(天)：365 — the unit in the label, the bare number in the value. */
const UNIT_IN_LABEL = /^\s*(保质期|保存期|有效期)\s*[（(](天|日|月|个月|年)[)）]\s*[:：]?\s*(\d+(?:\.\d+)?)\s*$/;
const YEAR_FIELD = /^\s*生产(?:年份|年度|年)\s*[:：]?\s*((?:19|20)\d{2})\s*年?\s*$/;
const MONTH_FIELD = /^\s*生产(?:月份|月)\s*[:：]?\s*(\d{1,2})\s*月?\s*$/;

/**
 * Parameter lists that split a field in two (生产年份：2025 and 生产月份：3, as some Ptable and
 * attribute lists do) or put the unit in the label (保质期(天)：365), rewritten as the one line
 * parseExpiry reads.
 */
function normalizeExpiryLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let year: string | null = null;
  let month: string | null = null;
  for (const line of lines) {
    const unit = UNIT_IN_LABEL.exec(line);
    const y = YEAR_FIELD.exec(line);
    const m = MONTH_FIELD.exec(line);
    if (unit) out.push(`${unit[1]}：${unit[3]}${unit[2] === '月' ? '个月' : unit[2]}`);
    else if (y) year = y[1]!;
    else if (m) month = m[1]!;
    else out.push(line);
  }
  if (year && month && Number(month) >= 1 && Number(month) <= 12) out.push(`生产日期：${year}年${Number(month)}月`);
  return out;
}

/** Lines worth handing to parseExpiry, which then reads only the values right after a label. */
const EXPIRY_LINE =
  /保质期|生产日期|有效期|到期|过期|EXP|shelf|保存期|日期|best\s+before|use\s+by|BBE|MFG|MFD|production\s+date|manufacture/i;

/** The page's text regions read for pressure signals, return policy, defect words and offers. */
export function applyPageText(s: ProductSnapshot, text: string, offerText: string = text): void {
  if (!text && !offerText) return;
  s.signals.lowStockText ??= findLowStockText(text);
  s.signals.countdownText ??= findCountdownText(text);
  s.signals.returnPolicy ??= findReturnPolicy(text);
  s.signals.socialProofText ??= findSocialProofText(text);
  s.signals.releasedOn ??= parseReleaseDate(text);
  if (!s.signals.upsellOffers?.length) s.signals.upsellOffers = findUpsellOffers(text);
  for (const word of findDefectWords(text)) if (!s.signals.defectWords.includes(word)) s.signals.defectWords.push(word);
  if (s.offers.length === 0) s.offers = parseOffers(offerText);
}

export function applyCategory(s: ProductSnapshot, from: { categoryPath?: string[]; breadcrumbs?: string[] }): void {
  s.category = detectCategory({ ...from, title: s.title ?? undefined });
}

/** One line per field a shopper would miss, so a null is never silent. */
export function noteUnread(s: ProductSnapshot): void {
  const missing: Array<[unknown, string]> = [
    [s.title, 'title not found'],
    [s.price, 'price not found'],
    [s.shop, 'shop name not found'],
    [s.image, 'product image not found'],
  ];
  for (const [value, line] of missing) if (value === null && !s.warnings.includes(line)) s.warnings.push(line);
  if (s.skus.length === 0) s.warnings.push('no SKU list found');
  if ((s.category === 'food' || s.category === 'cosmetics') && s.expiry === null) {
    s.warnings.push('no shelf life or production date found on the page');
  }
}
