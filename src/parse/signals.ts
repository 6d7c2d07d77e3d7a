/**
 * Readers of the visible page text for the pressure and disclosure signals of PageSignals. Each is
 * pure and returns the phrase as the page shows it, width-normalised (so the shopper can
 * recognise it), or null.
 */
import type { PageSignals, UpsellOffer } from '../core/types';
import { findDates } from './date';
import { boundRuns } from './bounded-runs';
import { normalizeWidth } from './digits';
import { parsePrice } from './price';
import {
  CONDITIONAL_REFUSAL,
  COUNTDOWN_PATTERNS,
  DEFECT_NEGATION,
  DEFECT_NEGATION_REACH,
  DEFECT_WORDS,
  LOW_STOCK_PATTERNS,
  NO_RETURNS_PATTERN,
  NOT_UPSELL,
  OFFER_PRICE,
  RELEASE_LABEL,
  RETURNS_PATTERN,
  SOCIAL_PROOF_PATTERNS,
  UPSELL_CUE,
  UPSELL_CUES,
  UPSELL_TAGS,
} from './signal-patterns';

/** Page text is long; the phrases sit in the first screens of it. */
const MAX_TEXT = 100_000;

/**
 * The adapters ask every finder about the same page text in turn: the last text prepared is
 * kept, so a page's text is folded once, not once per finder.
 */
let lastRaw: string | undefined;
let lastPrepared = '';

function prepare(text: string | null | undefined): string {
  if (typeof text !== 'string') return '';
  if (text !== lastRaw) {
    lastPrepared = boundRuns(normalizeWidth(text.slice(0, MAX_TEXT)));
    lastRaw = text;
  }
  return lastPrepared;
}

/** The earliest phrase any of the patterns finds, trimmed. */
function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  let best: { index: number; phrase: string } | null = null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, phrase: m[0].trim() };
  }
  return best?.phrase ?? null;
}

/** "仅剩3件", "库存紧张", "最后2件", "Only 3 left". */
export function findLowStockText(text: string | null | undefined): string | null {
  return firstMatch(prepare(text), LOW_STOCK_PATTERNS);
}

/** "距结束 05:12:33", "价格24小时后恢复", "限时特惠 3天后恢复原价". */
export function findCountdownText(text: string | null | undefined): string | null {
  return firstMatch(prepare(text), COUNTDOWN_PATTERNS);
}

/**
 * '7day' when the page promises 7-day no-reason returns, 'no-7day' when it refuses them. A refusal
 * only after opening (拆封后不支持) is the statutory exception for opened goods and does not count;
 * an outright refusal anywhere on the page wins over a promise elsewhere.
 */
export function findReturnPolicy(text: string | null | undefined): '7day' | 'no-7day' | null {
  const t = prepare(text).replace(CONDITIONAL_REFUSAL, ' ');
  if (NO_RETURNS_PATTERN.test(t)) return 'no-7day';
  return RETURNS_PATTERN.test(t) ? '7day' : null;
}

/** Defect and sell-off words (瑕疵, 残次, 不退不换, 清仓, 样品, 二手 ...), each once, in table order. */
export function findDefectWords(text: string | null | undefined): string[] {
  const t = prepare(text);
  const taken: Array<[number, number]> = [];
  const words: string[] = [];
  for (const { word, pattern } of DEFECT_WORDS) {
    for (const m of t.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start >= s && end <= e)) continue;
      if (DEFECT_NEGATION.test(t.slice(Math.max(0, start - DEFECT_NEGATION_REACH), start))) continue;
      taken.push([start, end]);
      if (!words.includes(word)) words.push(word);
    }
  }
  return words;
}

/** "87%的用户换购了", "1000+人已买", "已拼10万+件". */
export function findSocialProofText(text: string | null | undefined): string | null {
  return firstMatch(prepare(text), SOCIAL_PROOF_PATTERNS);
}

/** Offers kept per page: recommendation rails repeat themselves. */
const MAX_OFFERS = 10;
const MAX_OFFER_TEXT = 200;
/** How far after its cue an offer's price may stand, and how far its tags may trail the price. */
const PRICE_REACH = 40;
const TAG_REACH = 30;
/** A line quoting more prices than this is a listing or junk, not an offer beside the product. */
const MAX_PRICES_PER_LINE = 40;

interface PriceAt {
  start: number;
  end: number;
  amount: number;
}

function pricesIn(part: string): PriceAt[] | null {
  const found: PriceAt[] = [];
  for (const m of part.matchAll(OFFER_PRICE)) {
    if (found.length >= MAX_PRICES_PER_LINE) return null;
    const amount = parsePrice(m[0])?.amount;
    if (amount !== undefined && amount > 0) found.push({ start: m.index, end: m.index + m[0].length, amount });
  }
  return found;
}

function tagsIn(text: string): Array<{ tag: string; end: number }> {
  const found: Array<{ tag: string; end: number }> = [];
  for (const re of UPSELL_TAGS) {
    for (const m of text.matchAll(re)) {
      const tag = m[0].trim();
      if (!found.some((f) => f.tag === tag)) found.push({ tag, end: m.index + m[0].length });
    }
  }
  return found;
}

function offerOf(text: string, price: number): UpsellOffer {
  return {
    text: text.slice(0, MAX_OFFER_TEXT),
    price,
    tags: tagsIn(text)
      .map((t) => t.tag)
      .slice(0, 10),
  };
}

/**
 * The offers in one line of page text. A line with one price and a cue is one offer (the name and
 * price may come before "87%的用户换购了"). Pages that run their buy box into one line hold several
 * prices: there an offer is a cue followed closely by a price, with the tags right after it.
 */
function offersInPart(part: string): UpsellOffer[] {
  if (!UPSELL_CUE.test(part)) return [];
  const prices = pricesIn(part);
  if (!prices) return [];
  const amounts = new Set(prices.map((p) => p.amount));
  if (amounts.size === 1) return NOT_UPSELL.test(part) ? [] : [offerOf(part, prices[0]!.amount)];
  const offers: UpsellOffer[] = [];
  let taken = 0;
  for (const cue of part.matchAll(UPSELL_CUES)) {
    if (cue.index < taken) continue;
    const price = prices.find((p) => p.start >= cue.index + cue[0].length);
    if (!price || price.start - cue.index > PRICE_REACH) continue;
    const next = prices.find((p) => p.start >= price.end);
    const reach = part.slice(price.end, Math.min(price.end + TAG_REACH, next?.start ?? part.length));
    // The offer ends with its last tag: what follows is the page's next thing (仅剩3件, 配送至 …).
    const end = price.end + Math.max(0, ...tagsIn(reach).map((t) => t.end));
    taken = end;
    if (!NOT_UPSELL.test(part.slice(cue.index, price.end))) offers.push(offerOf(part.slice(cue.index, end).trim(), price.amount));
  }
  return offers;
}

/**
 * Upgrades the page pushes beside the product: 换购 / 升级 / "upgrade to" with the price they ask.
 * Add-on deals (加价购, 满99另加9.9元) are not upgrades, and a cue with no price of its own near it
 * says nothing: both are skipped.
 */
export function findUpsellOffers(text: string | null | undefined): UpsellOffer[] {
  const offers: UpsellOffer[] = [];
  for (const raw of prepare(text).split(/\n|[;|]/)) {
    const part = raw.replace(/\s+/g, ' ').trim();
    for (const offer of offersInPart(part)) {
      // Regions nest (a promotion block inside the price box), so the same offer can be read twice.
      if (offers.some((o) => o.price === offer.price && (o.text.includes(offer.text) || offer.text.includes(o.text)))) continue;
      offers.push(offer);
      if (offers.length >= MAX_OFFERS) return offers;
    }
  }
  return offers;
}

/** 上市时间：2023年9月 -> '2023-09'; the date must follow the label closely. */
export function parseReleaseDate(text: string | null | undefined): string | null {
  const t = prepare(text);
  for (const m of t.matchAll(RELEASE_LABEL)) {
    const end = m.index + m[0].length;
    const date = findDates(t.slice(end, end + 30))[0];
    if (date && date.start <= 6) return date.date;
  }
  return null;
}

/** Every signal of a page's visible text at once. */
export function readPageSignals(text: string | null | undefined): PageSignals {
  return {
    lowStockText: findLowStockText(text),
    countdownText: findCountdownText(text),
    returnPolicy: findReturnPolicy(text),
    defectWords: findDefectWords(text),
    socialProofText: findSocialProofText(text),
    releasedOn: parseReleaseDate(text),
    upsellOffers: findUpsellOffers(text),
  };
}
