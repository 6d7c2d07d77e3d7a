/**
 * Readers of the visible page text for the pressure and disclosure signals of PageSignals. Each is
 * pure and returns the phrase as the page shows it, width-normalised (so the shopper can
 * recognise it), or null.
 */
import type { PageSignals } from '../core/types';
import { findDates } from './date';
import { boundRuns } from './bounded-runs';
import { normalizeWidth } from './digits';
import {
  CONDITIONAL_REFUSAL,
  COUNTDOWN_PATTERNS,
  DEFECT_NEGATION,
  DEFECT_NEGATION_REACH,
  DEFECT_WORDS,
  LOW_STOCK_PATTERNS,
  NO_RETURNS_PATTERN,
  RELEASE_LABEL,
  RETURNS_PATTERN,
  SOCIAL_PROOF_PATTERNS,
} from './signal-patterns';

/** Page text is long; the phrases sit in the first screens of it. */
const MAX_TEXT = 200_000;

function prepare(text: string | null | undefined): string {
  return typeof text === 'string' ? boundRuns(normalizeWidth(text.slice(0, MAX_TEXT))) : '';
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
  };
}
