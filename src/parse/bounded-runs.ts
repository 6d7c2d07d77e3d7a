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
export const MAX_TEXT = 50_000;

/** Longer than any amount, date or barcode a page writes ('1,234,567,890.00' is 16), in characters. */
const NUMBER_RUN_LIMIT = 25;
/** Longer than any Chinese numeral count a page writes (九千九百九十九 is 7). */
const NUMERAL_RUN_LIMIT = 9;

// Runs of one kind at or past its limit. Each class is one character set and each pattern one
// greedy quantifier, so the engine consumes a run once and gives up on a short one within the
// limit: linear, and native (a character loop in JavaScript costs far more on a page's first read,
// before the engine has compiled it).
const NUMBER_RUN = new RegExp(`[0-9.,'，。]{${NUMBER_RUN_LIMIT},}`, 'g');
const NUMERAL_RUN = new RegExp(`[一二两三四五六七八九十百千万零〇]{${NUMERAL_RUN_LIMIT},}`, 'g');
const BLANK_RUN = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]{2,}/g;

/** Number and numeral runs past their limits become one ellipsis each, blank runs one space. */
export function boundRuns(text: string): string {
  return text.replace(NUMBER_RUN, '…').replace(NUMERAL_RUN, '…').replace(BLANK_RUN, ' ');
}
