/**
 * Promotions as shop pages word them: 满300减40 and 每满300减40 (threshold), 满2件9折 (percent by
 * quantity), 20元券 / 满199元可用 / 店铺券 满199减20 (coupons). Each phrase pattern is data in
 * OFFER_PATTERNS, tried in order; a span read by one pattern is not read again by a later one.
 */
import type { Offer } from '../core/types';
import { boundRuns, MAX_TEXT } from './bounded-runs';
import { normalizeWidth, parseSmallNumber } from './digits';

const N = String.raw`(\d+(?:\.\d+)?)`;
const COUNT = String.raw`(\d+|[一二两三四五六七八九十]+)`;
const YUAN = String.raw`\s*(?:元|块)?`;
const CNY = String.raw`[¥￥]?\s*`;
const COUPON_WORD = String.raw`(?:店铺优惠券|店铺券|优惠券|品类券|全品券|平台券|跨店券|商品券|红包|领券|券)`;

interface OfferPattern {
  /** What the phrase is, for reading the table. */
  name: string;
  re: RegExp;
  /** Null when the phrase is read but yields no offer the snapshot can hold (满2件减10). */
  read: (m: RegExpExecArray) => Offer | null;
}

const num = (s: string | undefined): number => (s === undefined ? NaN : Number(s));
const count = (s: string | undefined): number => (s === undefined ? NaN : (parseSmallNumber(s) ?? NaN));

/**
 * 9折 is 10% off, 8.5折 15%, 95折 5%: a two-digit 折 is hundredths of the price. 10折 is the full
 * price, so it is no offer.
 */
function percentOffFromZhe(zhe: number): number {
  if (zhe === 10) return 0;
  const tenths = zhe > 10 ? zhe / 10 : zhe;
  return Math.round((10 - tenths) * 10 * 100) / 100;
}

function threshold(t: number, d: number, repeat: boolean): Offer | null {
  return t > 0 && d > 0 && d < t ? { kind: 'threshold', threshold: t, discount: d, repeat } : null;
}

function coupon(amount: number, min: number | null): Offer | null {
  if (!(amount > 0) || !Number.isFinite(amount)) return null;
  if (min !== null && !(min >= amount)) return null;
  return { kind: 'coupon', amount, threshold: min };
}

function percent(minQuantity: number, zhe: number): Offer | null {
  if (!Number.isInteger(minQuantity) || minQuantity < 1 || !(zhe > 0) || zhe >= 100) return null;
  const off = percentOffFromZhe(zhe);
  return off > 0 && off < 100 ? { kind: 'percent', minQuantity, percentOff: off } : null;
}

/** JD writes a comma between the condition and the discount: 每满199元，可减20元现金 / 满2件，总价打9折. */
const CLAUSE = String.raw`\s*,?\s*`;
const REDUCE = String.raw`${CLAUSE}(?:减|立减|可减|省|享减|-)\s*`;
/** Between 满2件 and the discount: 及以上, JD's 总价. */
const QUANTITY_JOIN = String.raw`\s*(?:及以上)?${CLAUSE}(?:总价|总额)?\s*`;

export const OFFER_PATTERNS: readonly OfferPattern[] = [
  {
    name: '店铺券 满199减20',
    re: new RegExp(`${COUPON_WORD}\\s*[:]?\\s*(?:每)?满\\s*${CNY}${N}${YUAN}${REDUCE}${CNY}${N}${YUAN}`, 'g'),
    read: (m) => coupon(num(m[2]), num(m[1])),
  },
  {
    name: '¥20 满199可用',
    re: new RegExp(
      `${CNY}${N}${YUAN}\\s*(?:无门槛)?\\s*${COUPON_WORD}?\\s*[,(]?\\s*满\\s*${CNY}${N}${YUAN}\\s*(?:可用|使用|可使用|即可使用)`,
      'g',
    ),
    read: (m) => coupon(num(m[1]), num(m[2])),
  },
  {
    name: '满199元可用 20元券',
    re: new RegExp(`满\\s*${CNY}${N}${YUAN}\\s*(?:可用|使用|可使用)\\s*[,]?\\s*${CNY}${N}${YUAN}\\s*${COUPON_WORD}?`, 'g'),
    read: (m) => coupon(num(m[2]), num(m[1])),
  },
  {
    name: '满399-100券',
    re: new RegExp(`满\\s*${CNY}${N}${YUAN}${REDUCE}${CNY}${N}${YUAN}\\s*(?:无门槛)?\\s*(?:店铺|优惠|平台|跨店|品类)?券`, 'g'),
    read: (m) => coupon(num(m[2]), num(m[1])),
  },
  {
    name: '5-10元无门槛券 (a range of coupons: the low end is what is sure)',
    re: new RegExp(`${CNY}${N}\\s*[-~至到]\\s*${N}\\s*元\\s*(?:无门槛)?\\s*(?:店铺|优惠|红包|平台|跨店)?券`, 'g'),
    read: (m) => coupon(num(m[1]), null),
  },
  {
    name: '10元无门槛券',
    re: new RegExp(`${CNY}${N}\\s*元\\s*(?:无门槛)?\\s*(?:店铺|优惠|红包|平台|跨店)?券|无门槛\\s*(?:券|红包)?\\s*${CNY}${N}${YUAN}`, 'g'),
    read: (m) => coupon(num(m[1] ?? m[2]), null),
  },
  {
    name: '领券立减20元',
    re: new RegExp(`领券\\s*(?:立减|减)\\s*${CNY}${N}${YUAN}`, 'g'),
    read: (m) => coupon(num(m[1]), null),
  },
  {
    name: '满2件9折',
    re: new RegExp(`(?:满|任选|任意|购买)?\\s*${COUNT}\\s*件${QUANTITY_JOIN}(?:打|享|可享|即享)?\\s*${N}\\s*折`, 'g'),
    read: (m) => percent(count(m[1]), num(m[2])),
  },
  {
    name: '满2件减10元 (a quantity threshold the snapshot cannot hold)',
    re: new RegExp(`满\\s*${COUNT}\\s*件${QUANTITY_JOIN}(?:减|立减|可减|省)\\s*${CNY}${N}${YUAN}`, 'g'),
    read: () => null,
  },
  {
    name: '第二件半价',
    re: /第\s*(?:2|二)\s*件\s*半价/g,
    read: () => percent(2, 7.5),
  },
  {
    name: '买一送一',
    re: /买\s*(?:1|一)\s*送\s*(?:1|一)/g,
    read: () => percent(2, 5),
  },
  {
    name: '每满300减40',
    re: new RegExp(`每\\s*满?\\s*${CNY}${N}${YUAN}${REDUCE}${CNY}${N}${YUAN}`, 'g'),
    read: (m) => threshold(num(m[1]), num(m[2]), true),
  },
  {
    name: '满300减40',
    re: new RegExp(`满\\s*${CNY}${N}${YUAN}${REDUCE}${CNY}${N}${YUAN}`, 'g'),
    read: (m) => threshold(num(m[1]), num(m[2]), false),
  },
  {
    name: '满减 300-40',
    re: new RegExp(`满减\\s*[:]?\\s*(每)?\\s*${N}\\s*-\\s*${N}(?![\\d.])`, 'g'),
    read: (m) => threshold(num(m[2]), num(m[3]), m[1] !== undefined),
  },
  {
    name: '全场9折',
    re: new RegExp(`(?<![\\d.])${N}\\s*折(?!扣)`, 'g'),
    read: (m) => percent(1, num(m[1])),
  },
];

interface FoundOffer {
  offer: Offer;
  index: number;
}

function sameOffer(a: Offer, b: Offer): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every offer the text states, in the order written, each once. */
export function parseOffers(text: string | null | undefined): Offer[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let t = boundRuns(normalizeWidth(text.slice(0, MAX_TEXT)))
    .slice(0, 20_000)
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const found: FoundOffer[] = [];
  for (const pattern of OFFER_PATTERNS) {
    for (const m of t.matchAll(pattern.re)) {
      const offer = pattern.read(m);
      if (offer) found.push({ offer, index: m.index });
    }
    // Blank what this pattern read, keeping positions, so a later pattern cannot read it again.
    t = t.replace(pattern.re, (s) => ' '.repeat(s.length));
  }
  found.sort((a, b) => a.index - b.index);
  const offers: Offer[] = [];
  for (const { offer } of found) if (!offers.some((o) => sameOffer(o, offer))) offers.push(offer);
  return offers;
}

/** The first offer the text states, or null. */
export function parseOffer(text: string | null | undefined): Offer | null {
  return parseOffers(text)[0] ?? null;
}
