/**
 * What keeps the text parsers linear. Their patterns start a number at every digit and let
 * whitespace stretch on both sides of a word; on a page that writes 20,000 digits in a row (or a
 * sea of blanks), each start then tries every length, and time grows with the square of the text.
 * No amount, date or count is that long: a run of number characters longer than any real one is
 * replaced by one ellipsis (not a digit, so nothing reads it as a number), and a run of blanks
 * becomes one space. Every pattern then backtracks a bounded distance from each start.
 */

/**
 * The most of a text the parsers look at: runs are folded first (so junk cannot push the real
 * phrases out of the window each parser reads), and folding costs time in the text's length.
 */
export const MAX_TEXT = 100_000;

/** Longer than any amount, date or barcode a page writes ('1,234,567,890.00' is 16), in characters. */
const NUMBER_RUN_LIMIT = 25;
/** Longer than any Chinese numeral count a page writes (九千九百九十九 is 7). */
const NUMERAL_RUN_LIMIT = 9;

const NUMBER_CHARS = new Set([..."0123456789.,'，。"].map((c) => c.charCodeAt(0)));
const NUMERAL_CHARS = new Set([...'一二两三四五六七八九十百千万零〇'].map((c) => c.charCodeAt(0)));
const BLANK_CHARS = new Set([...' \t\n\r\f\v\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)));

/** 1: number characters, 2: Chinese numerals, 3: blanks, 0: anything else. */
function kindOf(code: number): number {
  if (NUMBER_CHARS.has(code)) return 1;
  if (NUMERAL_CHARS.has(code)) return 2;
  return BLANK_CHARS.has(code) || (code >= 0x2000 && code <= 0x200a) ? 3 : 0;
}

/** One pass over the text (a regular expression spends far longer on a megabyte of digits). */
export function boundRuns(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  let i = 0;
  while (i < text.length) {
    const kind = kindOf(text.charCodeAt(i));
    let j = i + 1;
    if (kind !== 0) while (j < text.length && kindOf(text.charCodeAt(j)) === kind) j++;
    const limit = kind === 1 ? NUMBER_RUN_LIMIT : kind === 2 ? NUMERAL_RUN_LIMIT : 2;
    if (kind !== 0 && j - i >= limit) {
      parts.push(text.slice(kept, i), kind === 3 ? ' ' : '…');
      kept = j;
    }
    i = j;
  }
  if (kept === 0) return text;
  parts.push(text.slice(kept));
  return parts.join('');
}
