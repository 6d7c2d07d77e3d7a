/**
 * Shelf life, production dates and expiry dates as food and cosmetics pages state them, in a
 * parameter list (保质期：365天 生产日期：2025-03-01), a tip box (请在2027年1月前使用) or an imported
 * label (EXP 2027/01). Only numbers standing right after a known label count, so neighbours such
 * as 贮存条件 0-4℃, 净含量 500g or 生产许可证编号 SC1… are never taken for dates.
 */
import type { Expiry, ShelfLife } from '../core/types';
import { compareDates, findDates, type FoundDate } from './date';
import { normalizeWidth, parseSmallNumber } from './digits';

/** How far after a label its value may start (a colon, 为, a bracketed note such as （天）). */
const VALUE_REACH = 8;
/** Where a label's value ends at the latest: a line, a clause or another label. */
const VALUE_END = /[\n;；。|]/;

/**
 * 剩余保质期 / 保质期还剩 state the time left, not the shelf life; without the capture time a
 * pure parser cannot turn them into a date, so they are left unread rather than misread.
 */
const SHELF_LIFE_LABEL = /(?<!剩余|剩|还剩)(?:保质期|保存期限?|有效期|质保期|保鲜期|赏味期限?|賞味期限|shelf[\s-]?life)/gi;
const TIME_LEFT = /^\s*:?\s*(?:剩余|还剩|仅剩|还有|剩)/;
const PRODUCED_LABEL =
  /生产日期|生产批次|生产时间|出厂日期|制造日期|灌装日期|加工日期|包装日期|(?<![A-Za-z])(?:MFG\.?\s*DATE|MFD|MFG|production\s+date|manufactured(?:\s+on)?|date\s+of\s+manufacture)(?![A-Za-z])/gi;
const EXPIRES_LABEL =
  /有效期至|有效期到|有效期截止|保质期至|保质期到|保质期截止|效期至|效期到|效期|到期日期|到期时间|到期日|过期日期|失效日期|限期使用日期|限用日期|截止日期|(?<![A-Za-z])(?:EXP\.?\s*DATE|EXPIRY(?:\s+DATE)?|EXPIRATION(?:\s+DATE)?|EXPIRES?|EXP|best\s+before(?:\s+end)?|BBE|use\s+by)(?![A-Za-z])/gi;
/** The tail of 请在2027年1月前使用 and 2027.01.01前食用完毕. */
const USE_BEFORE_TAIL = /^\s*(?:之|以)?前\s*(?:使用|食用|用完|饮用|服用|使用完毕|食用完毕)/;
const BARE_RANGE = /^\s*[\d年月日号./-]+\s*(?:至|到|-|~|–|—)\s*[\d年月日号./-]+\s*$/;
const RANGE_JOIN = /^\s*(?:至|到|-|~|–|—|to)\s*/i;

const SHELF_LIFE_VALUE =
  /^[^\d〇零一二两三四五六七八九十百]{0,8}?(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百]+)\s*(个月|個月|月|天|日|年|周|星期|小时|months?|days?|years?|weeks?|hours?)(?![\d])/i;

const LABEL_BOUNDARY =
  /保质期|生产日期|生产许可证|储藏|贮藏|贮存|储存|保存方法|净含量|规格|产地|配料|品牌|厂名|厂址|执行标准|食品添加剂|包装方式|有效期|限期使用|到期|EXP|MFG|MFD/i;

/**
 * The longest shelf life read as one: 50 years. Anything longer is a date or a year misread
 * (保质期 2027年8月), not a duration.
 */
const MAX_SHELF_LIFE: Readonly<Record<ShelfLife['unit'], number>> = { day: 50 * 366, month: 50 * 12, year: 50 };
/** 保质期1年6个月: a year and months, read as months. */
const YEARS_AND_MONTHS = /^[^\d]{0,8}?(\d+)\s*年\s*(\d+)\s*(?:个月|個月|月)(?!\d)/;

function unitOf(word: string): { unit: ShelfLife['unit']; factor: number } | null {
  const w = word.toLowerCase();
  if (w === '个月' || w === '個月' || w === '月' || w.startsWith('month')) return { unit: 'month', factor: 1 };
  if (w === '天' || w === '日' || w.startsWith('day')) return { unit: 'day', factor: 1 };
  if (w === '年' || w.startsWith('year')) return { unit: 'year', factor: 1 };
  if (w === '周' || w === '星期' || w.startsWith('week')) return { unit: 'day', factor: 7 };
  if (w === '小时' || w.startsWith('hour')) return { unit: 'day', factor: 1 / 24 };
  return null;
}

/** The text a label's value may occupy: up to a clause end or the next label. */
function valueAfter(text: string, labelEnd: number): string {
  const rest = text.slice(labelEnd, labelEnd + 80);
  const clauseEnd = rest.search(VALUE_END);
  let value = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
  // A following label starts after at least one character of value.
  const nextLabel = value.slice(1).search(LABEL_BOUNDARY);
  if (nextLabel !== -1) value = value.slice(0, nextLabel + 1);
  return value;
}

/** A date, or a date range joined by 至/-/~, that starts within reach of the value's start. */
function datesAt(value: string): { from: string; to: string } | null {
  const dates = findDates(value);
  const first = dates[0];
  if (!first || first.start > VALUE_REACH) return null;
  const second: FoundDate | undefined = dates[1];
  if (second) {
    const join = value.slice(first.end, second.start);
    if (RANGE_JOIN.test(join) && join.replace(RANGE_JOIN, '') === '' && compareDates(first.date, second.date) <= 0) {
      return { from: first.date, to: second.date };
    }
  }
  return { from: first.date, to: first.date };
}

/** JD parameter tables put the unit in the label: 保质期(天)：540. */
const UNIT_IN_LABEL = /^\s*\(\s*(个月|月|天|日|年)\s*\)\s*[:：]?\s*(\d+(?:\.\d+)?)(?![\d.])/;

function readShelfLife(value: string): ShelfLife | null {
  if (TIME_LEFT.test(value)) return null;
  const labelled = UNIT_IN_LABEL.exec(value);
  if (labelled) {
    const n = Number(labelled[2]);
    return n > 0 && Number.isFinite(n) ? { value: n, unit: unitOf(labelled[1]!)!.unit } : null;
  }
  const mixed = YEARS_AND_MONTHS.exec(value);
  if (mixed && Number(mixed[1]) <= MAX_SHELF_LIFE.year) {
    return { value: Number(mixed[1]) * 12 + Number(mixed[2]), unit: 'month' };
  }
  const m = SHELF_LIFE_VALUE.exec(value);
  if (!m) return null;
  const n = parseSmallNumber(m[1]!);
  const unit = unitOf(m[2]!);
  if (n === null || !unit || !Number.isFinite(n) || n <= 0) return null;
  const scaled = Math.round(n * unit.factor * 100) / 100;
  return scaled > 0 && scaled <= MAX_SHELF_LIFE[unit.unit] ? { value: scaled, unit: unit.unit } : null;
}

/** Keeps the earlier of two expiry dates: a range of batches expires, for the shopper, at its first. */
function earlier(a: string | undefined, b: string): string {
  return a === undefined || compareDates(b, a) < 0 ? b : a;
}

export function parseExpiry(text: string | null | undefined): Expiry | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const t = normalizeWidth(text).slice(0, 20_000);
  const expiry: Expiry = {};
  const claimed: Array<[number, number]> = [];
  const isClaimed = (i: number): boolean => claimed.some(([s, e]) => i >= s && i < e);

  for (const m of t.matchAll(EXPIRES_LABEL)) {
    if (isClaimed(m.index)) continue;
    const end = m.index + m[0].length;
    const range = datesAt(valueAfter(t, end));
    if (!range) continue;
    expiry.expiresOn = earlier(expiry.expiresOn, range.from);
    claimed.push([m.index, end + 1]);
  }

  for (const m of t.matchAll(PRODUCED_LABEL)) {
    if (expiry.producedFrom !== undefined) break;
    const range = datesAt(valueAfter(t, m.index + m[0].length));
    if (!range) continue;
    expiry.producedFrom = range.from;
    expiry.producedTo = range.to;
  }

  for (const m of t.matchAll(SHELF_LIFE_LABEL)) {
    if (isClaimed(m.index)) continue;
    const value = valueAfter(t, m.index + m[0].length);
    const life = readShelfLife(value);
    if (life) {
      expiry.shelfLife ??= life;
      continue;
    }
    // 保质期：2027-08-01 / 有效期 2027.08 state the end date, not a duration.
    const range = datesAt(value);
    if (range) expiry.expiresOn = earlier(expiry.expiresOn, range.from);
  }

  for (const d of findDates(t)) {
    if (USE_BEFORE_TAIL.test(t.slice(d.end, d.end + 12))) expiry.expiresOn = earlier(expiry.expiresOn, d.date);
  }

  if (Object.keys(expiry).length === 0) {
    // A bare range with no label is how batch production dates are shown (JD's 生产日期 cell);
    // a bare single date could be either end of the product's life and is left unread.
    const bare = BARE_RANGE.test(t) ? datesAt(t.trim()) : null;
    if (bare && bare.from !== bare.to) {
      expiry.producedFrom = bare.from;
      expiry.producedTo = bare.to;
    }
  }
  return Object.keys(expiry).length > 0 ? expiry : null;
}
