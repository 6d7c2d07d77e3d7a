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

const enum Kind {
  Other,
  Number,
  Numeral,
  Blank,
}

/**
 * The kind of every UTF-16 code unit, looked up in one step: the loop below runs uncompiled on a
 * page's first reading, where each comparison costs. Number characters `[0-9.,'，。]`, numerals,
 * and the blanks of JavaScript's `\s`; everything else (surrogates included) is Other.
 */
const KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  const mark = (chars: string, kind: Kind) => {
    for (const ch of chars) kinds[ch.charCodeAt(0)] = kind;
  };
  mark("0123456789.,'，。", Kind.Number);
  mark('一二两三四五六七八九十百千万零〇', Kind.Numeral);
  mark(' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', Kind.Blank);
  for (let c = 0x2000; c <= 0x200a; c++) kinds[c] = Kind.Blank;
  return kinds;
})();

/**
 * Replaces each run of one kind at or past `limits[kind]` characters by `marks[kind]`. One loop over
 * the characters, not a regular expression per kind: Chromium interprets a pattern's first runs
 * (about 300 ns a character, 15 ms on a 50,000-character text, each pattern), and a content
 * script's patterns are on their first runs when a hostile page hands them its longest text.
 */
function foldRuns(text: string, limits: readonly number[], marks: readonly string[]): string {
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0, n = text.length; i < n;) {
    const kind = KINDS[text.charCodeAt(i)]!;
    let end = i + 1;
    if (kind !== Kind.Other) {
      while (end < n && KINDS[text.charCodeAt(end)] === kind) end++;
      if (end - i >= limits[kind]!) {
        parts.push(text.slice(kept, i), marks[kind]!);
        kept = end;
      }
    }
    i = end;
  }
  if (kept === 0) return text;
  parts.push(text.slice(kept));
  return parts.join('');
}

const RUN_LIMITS = [Infinity, NUMBER_RUN_LIMIT, NUMERAL_RUN_LIMIT, 2];
const RUN_MARKS = ['', '…', '…', ' '];
const EVERY_BLANK_RUN = [Infinity, Infinity, Infinity, 1];

/** Number and numeral runs past their limits become one ellipsis each, blank runs one space. */
export function boundRuns(text: string): string {
  return foldRuns(text, RUN_LIMITS, RUN_MARKS);
}

/** Every run of blanks (JavaScript's `\s`) as one space, as `text.replace(/\s+/g, ' ')` writes it. */
export function foldBlanks(text: string): string {
  return foldRuns(text, EVERY_BLANK_RUN, RUN_MARKS);
}
