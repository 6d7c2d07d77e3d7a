import type { Expiry, ProductReading, ProductSnapshot } from '../core/types';
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
} from '../parse';

/**
 * Reading a product page's texts for meaning: shelf life and production dates, category, pressure
 * signals, return policy and offers. The background does this with the texts a content script
 * collected (the shop's page pays only for finding them); the CLI and the checker do it right
 * after reading. Then every field still empty gets its line in the warnings.
 */
export function interpretReading({ snapshot: s, texts }: ProductReading): ProductSnapshot {
  if (texts) {
    expiryFromSources(
      s,
      texts.expiry.map(({ source, lines }) => ({ source, expiry: expiryFromLines(lines) })),
    );
    s.category = detectCategory({ categoryPath: texts.categoryPath, breadcrumbs: texts.breadcrumbs, title: s.title ?? undefined });
    applyPageText(s, texts.signalText, texts.offerText ?? texts.signalText);
  }
  noteUnread(s);
  return s;
}

/**
 * Expiry from each place the page keeps it (state parameters, the parameter list, the spec table,
 * attribute spans). Readings that complement each other are merged; two that give the same part
 * different values leave expiry empty and rated low, with both readings in the warnings, because
 * a wrong date is worse than none.
 */
function expiryFromSources(s: ProductSnapshot, readings: ReadonlyArray<{ source: string; expiry: Expiry | null }>): void {
  const found = readings.filter((r): r is { source: string; expiry: Expiry } => r.expiry !== null);
  if (found.length === 0) {
    s.expiry = null;
    return;
  }
  const merged: Expiry = {};
  const parts = ['shelfLife', 'producedFrom', 'producedTo', 'expiresOn'] as const;
  let corroborated = false;
  for (const part of parts) {
    const values = found.filter((r) => r.expiry[part] !== undefined);
    if (values.length === 0) continue;
    const distinct = new Set(values.map((r) => JSON.stringify(r.expiry[part])));
    if (distinct.size > 1) {
      s.warnings.push(
        `expiry readings disagree: ${values.map((r) => `${r.source} says ${part} ${JSON.stringify(r.expiry[part])}`).join(', ')}; expiry left empty`,
      );
      s.expiry = null;
      (s.confidence ??= {}).expiry = 'low';
      return;
    }
    if (values.length > 1) corroborated = true;
    Object.assign(merged, { [part]: values[0]!.expiry[part] });
  }
  s.expiry = merged;
  if (corroborated) (s.confidence ??= {}).expiry = 'high';
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
function applyPageText(s: ProductSnapshot, text: string, offerText: string = text): void {
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

/** One line per field a shopper would miss, so a null is never silent. */
function noteUnread(s: ProductSnapshot): void {
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
