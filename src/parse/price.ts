/**
 * Prices as shop pages write them: ¥199.00, ￥59.9-89, 59~89元, 1.2万, 1.299,00 €, HK$1,299,
 * 券后价¥199, ¥ 199.00起. Counts and placeholders (已售 2000+, 月销1万+, 价格待定, --) are null:
 * a parser that guesses a price from a sales count would poison the price history.
 *
 * Text with no currency marker is read as CNY, the currency of every Chinese shop; adapters of
 * sites that state their currency elsewhere (schema.org priceCurrency) override it.
 */
import { boundRuns } from './bounded-runs';
import { normalizeWidth } from './digits';

export interface ParsedPrice {
  amount: number;
  currency: string;
  max?: number;
}

export const DEFAULT_CURRENCY = 'CNY';

/** An ISO code or Latin-letter marker, not read inside a longer word (AUD in AUDIO, EUR in EUROPE). */
const word = (letters: string): string => String.raw`(?<![A-Za-z])(?:${letters})(?![A-Za-z])`;

/**
 * Currency markers, longest first so that HK$ wins over $ and JP¥ over ¥. Most stand on either
 * side of the number (¥199, 199 USD); 元 and 块 only after it.
 */
const CURRENCY_MARKERS: ReadonlyArray<{ pattern: string; currency: string; side: 'both' | 'after' }> = [
  { pattern: String.raw`${word('HK\\$|HKD')}|港币|港元`, currency: 'HKD', side: 'both' },
  { pattern: String.raw`${word('NT\\$|TWD')}|新台币`, currency: 'TWD', side: 'both' },
  { pattern: String.raw`${word('US\\s?\\$|USD')}|美元`, currency: 'USD', side: 'both' },
  { pattern: String.raw`${word('AU?\\$|AUD')}|澳元`, currency: 'AUD', side: 'both' },
  { pattern: String.raw`${word('CA?\\$|CAD')}|加元`, currency: 'CAD', side: 'both' },
  { pattern: String.raw`${word('S\\$|SGD')}|新加坡元|新币`, currency: 'SGD', side: 'both' },
  { pattern: String.raw`${word('JP¥|JPY')}|円|日元`, currency: 'JPY', side: 'both' },
  { pattern: String.raw`${word('RMB|CNY')}|人民币`, currency: 'CNY', side: 'both' },
  { pattern: String.raw`${word('EUR')}|€|欧元`, currency: 'EUR', side: 'both' },
  { pattern: String.raw`${word('GBP')}|£|英镑`, currency: 'GBP', side: 'both' },
  { pattern: String.raw`${word('KRW')}|₩|韩元`, currency: 'KRW', side: 'both' },
  { pattern: word('CHF'), currency: 'CHF', side: 'both' },
  { pattern: String.raw`${word('INR')}|₹`, currency: 'INR', side: 'both' },
  { pattern: String.raw`${word('RUB')}|₽`, currency: 'RUB', side: 'both' },
  { pattern: '[¥￥]', currency: 'CNY', side: 'both' },
  { pattern: '元|块', currency: 'CNY', side: 'after' },
  { pattern: String.raw`\$`, currency: 'USD', side: 'both' },
];

const MARKER_BEFORE = CURRENCY_MARKERS.filter((m) => m.side === 'both').map((m) => ({
  re: new RegExp(`(?:${m.pattern})\\s*$`, 'i'),
  currency: m.currency,
}));
const MARKER_AFTER = CURRENCY_MARKERS.map((m) => ({ re: new RegExp(`^\\s*(?:${m.pattern})`, 'i'), currency: m.currency }));
const ANY_MARKER = new RegExp(CURRENCY_MARKERS.map((m) => m.pattern).join('|'), 'i');

/**
 * Phrases whose numbers are not the price: sales and review counts, offers (满300减40, 5元券),
 * savings (立减20元, 省20, -¥20) and quantity discounts (8.5折). They are removed before reading.
 */
const NOT_A_PRICE: readonly RegExp[] = [
  /(?:^|(?<=[^\d\s.,])\s*)[-−]\s*[¥￥$€£]\s*\d[\d.,]*/g,
  /(?:已拼|已售|已抢|已团|月销|年销|总销量|销量|累计销量|累计评价|评价|收藏|库存|剩余|仅剩)\s*[:]?\s*\d[\d.,]*\s*[万亿]?\+?\s*(?:件|笔|单|人|条|个)?/g,
  /\d[\d.,]*\s*[万亿]?\+?\s*(?:人付款|人已买|人买过|人收货|人评价|人想要|人看过|人已抢|人已拼|件已售|条评价|条评论|人加购|人种草)/g,
  /每?满\s*\d[\d.,]*\s*(?:元|件)?\s*(?:减|打|享|可用|使用|立减)?\s*[¥￥]?\s*\d*[\d.,]*\s*(?:元|折)?/g,
  /(?:立减|直降|已省|省|减|再减|优惠|降价|补贴|返|领券减|券)\s*[¥￥]?\s*\d[\d.,]*\s*元?/g,
  /[¥￥]?\s*\d[\d.,]*\s*元?\s*(?:无门槛)?(?:优惠)?券/g,
  /\d+(?:\.\d+)?\s*折/g,
  /\d+(?:\.\d+)?\s*%/g,
];

/** Units after a bare number that make it a quantity, not a price. */
const QUANTITY_UNIT =
  /^\s*(?:件|个|只|支|瓶|盒|袋|包|箱|条|双|套|片|粒|人|次|天|日|月|年|小时|分钟|秒|岁|cm|mm|m\b|kg|g\b|克|千克|斤|ml|l\b|升|毫升|码|号|寸|英寸|w\b|mah|gb|tb|hz|\+)/i;

/** A number with optional grouping (1,299 / 1.299 / 1 299 / 1'299) and decimal mark. */
const NUMBER_TOKEN = /\d+(?:(?:[.,']|\s(?=\d{3}(?!\d)))\d+)*/g;

const RANGE_SEPARATOR = /^\s*(?:-|~|–|—|至|到|to)\s*$/i;

interface NumberToken {
  value: number;
  start: number;
  end: number;
  currency: string | null;
  quantity: boolean;
}

/**
 * The value of one number token. A mark followed by exactly three digits is a thousands group
 * unless it is the only mark and the currency writes decimals with it; two kinds of mark mean
 * the last one is the decimal mark (1.299,00 and 1,299.00).
 */
function readNumber(raw: string, decimalCommaCurrency: boolean): number | null {
  // Spaces and apostrophes only ever group thousands (1 299,00 € / CHF 1'299.00).
  const spaced = /^(\d{1,3}(?:[\s']\d{3})+)(?:[.,](\d+))?$/.exec(raw);
  if (spaced) return Number(`${spaced[1]!.replace(/[\s']/g, '')}${spaced[2] ? `.${spaced[2]}` : ''}`);
  if (/[\s']/.test(raw)) return null;
  const marks = [...raw.matchAll(/[.,]/g)].map((m) => ({ mark: m[0], index: m.index }));
  if (marks.length === 0) return Number(raw);
  const last = marks[marks.length - 1]!;
  const kinds = new Set(marks.map((m) => m.mark));
  const digitsAfterLast = raw.length - last.index - 1;
  let decimalMark: string | null;
  if (kinds.size === 2) {
    decimalMark = last.mark;
    if (marks.filter((m) => m.mark === decimalMark).length > 1) return null;
  } else if (marks.length > 1) {
    decimalMark = null;
  } else if (digitsAfterLast !== 3) {
    decimalMark = last.mark;
  } else {
    // "1,299" reads as thousands; "1.299" as decimals, except in currencies written 1.299,00.
    decimalMark = last.mark === '.' && !decimalCommaCurrency ? '.' : null;
  }
  const [intPart, fracPart] = decimalMark === null ? [raw, ''] : [raw.slice(0, last.index), raw.slice(last.index + 1)];
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
  const value = Number(`${groups.join('')}${fracPart ? `.${fracPart}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

const DECIMAL_COMMA_CURRENCIES = new Set(['EUR', 'RUB', 'CHF']);

function currencyBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 12), start);
  return MARKER_BEFORE.find((m) => m.re.test(before))?.currency ?? null;
}

function currencyAfter(text: string, end: number): { currency: string | null; multiplier: number; afterEnd: number } {
  const mult = /^\s*([万亿])/.exec(text.slice(end));
  const multiplier = mult ? (mult[1] === '万' ? 1e4 : 1e8) : 1;
  const afterEnd = end + (mult ? mult[0].length : 0);
  const after = text.slice(afterEnd, afterEnd + 12);
  return { currency: MARKER_AFTER.find((m) => m.re.test(after))?.currency ?? null, multiplier, afterEnd };
}

function readTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = currencyBefore(text, start);
    const after = currencyAfter(text, end);
    // A bare ¥ is yuan unless the number says otherwise after it (¥1,200円).
    const currency = before === 'CNY' && after.currency !== null ? after.currency : (before ?? after.currency);
    const value = readNumber(m[0], DECIMAL_COMMA_CURRENCIES.has(currency ?? ''));
    if (value === null) continue;
    const amount = value * after.multiplier;
    if (!Number.isFinite(amount) || amount < 0) continue;
    // Without a currency, a number glued to a word (iPhone 11, A9, 型号X200) names a model, not a price.
    const quantity =
      currency === null &&
      (QUANTITY_UNIT.test(text.slice(after.afterEnd)) || /[A-Za-z][\s-]?$/.test(text.slice(Math.max(0, start - 2), start)));
    tokens.push({ value: amount, start, end: after.afterEnd, currency, quantity });
  }
  return tokens;
}

/** What parsePrice keeps of a text, and how much of it is read to get there. */
const PRICE_TEXT_KEPT = 2000;
const PRICE_TEXT_READ = 5 * PRICE_TEXT_KEPT;

/** Rounds away binary noise (1.2 × 10000 = 11999.999…) to cents. */
const toCents = (n: number): number => Math.round(n * 100) / 100;

export function parsePrice(text: string | null | undefined): ParsedPrice | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  // Tmall and Taobao print the yuan and the fen in separate elements (149 / .90), so text
  // content can put a line break inside one number.
  // A price's text is short: a few times what is kept is read, so junk cannot push it out of reach.
  let t = boundRuns(normalizeWidth(text.slice(0, PRICE_TEXT_READ)))
    .slice(0, PRICE_TEXT_KEPT)
    .replace(/(\d)\s+\.(\d{1,2})(?!\d)/g, '$1.$2');
  for (const re of NOT_A_PRICE) t = t.replace(re, ' ');
  const tokens = readTokens(t);
  const hasMarker = ANY_MARKER.test(t);
  for (let i = 0; i < tokens.length; i++) {
    const low = tokens[i]!;
    const next = tokens[i + 1];
    const isRange = next !== undefined && RANGE_SEPARATOR.test(t.slice(low.end, next.start).replace(ANY_MARKER, ''));
    const rangeCurrency = isRange ? (low.currency ?? next.currency) : low.currency;
    if (hasMarker ? rangeCurrency === null : low.quantity) continue;
    const currency = rangeCurrency ?? DEFAULT_CURRENCY;
    if (isRange && next.value > low.value && (next.currency === null || next.currency === currency)) {
      return { amount: toCents(low.value), currency, max: toCents(next.value) };
    }
    return { amount: toCents(low.value), currency };
  }
  return null;
}
