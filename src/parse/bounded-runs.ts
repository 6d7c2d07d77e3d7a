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
export const MAX_TEXT = 400_000;

/** Longer than any amount, date or barcode a page writes: '1,234,567,890.00' is 16. */
const NUMBER_RUN = /[\d.,'，。]{25,}|[一二两三四五六七八九十百千万零〇]{9,}/g;
const BLANK_RUN = /\s{2,}/g;

export function boundRuns(text: string): string {
  return text.replace(NUMBER_RUN, '…').replace(BLANK_RUN, ' ');
}
