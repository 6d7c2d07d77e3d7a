/**
 * Text normalisation shared by every parser. Chinese pages mix full-width forms (０-９, ．，, ：,
 * （）, ～) into otherwise ASCII numbers, so each parser reads text through these first.
 */

const FULL_WIDTH_DIGIT_OR_MARK = /[\uFF10-\uFF19\uFF0E\uFF0C]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
/** U+FF01..U+FF5E mirror ASCII U+0021..U+007E at a fixed offset. */
const FULL_WIDTH_OFFSET = 0xfee0;

function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/** Full-width digits and decimal/grouping marks (０-９ ． ，) to ASCII; everything else untouched. */
export function normalizeDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT_OR_MARK, toHalfWidth);
}

/**
 * Every full-width ASCII form to ASCII, and any run of whitespace (no-break, thin and ideographic
 * spaces included) to one space, or to one line break when it holds one: parsers read a line as
 * the end of a parameter's value. ￥ (U+FFE5) is not in the full-width ASCII block and stays.
 */
export function normalizeWidth(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, toHalfWidth).replace(BLANKS_TO_FOLD, (run) => (LINE_BREAK.test(run) ? '\n' : ' '));
}

/**
 * Blank runs that change: two or more blanks, or one that is not a plain space. A lone space (most
 * of them) is left alone without a call, which a text of 50,000 words would otherwise pay 50,000 times.
 */
const BLANKS_TO_FOLD =
  /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * A small Chinese numeral (0-999: 三, 十二, 二十四, 一百八十) or ASCII digits to a number; null
 * when the text is neither. Shelf lives and return windows are written both ways (保质期两年,
 * 七天无理由).
 */
export function parseSmallNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(t)) return null;
  let total = 0;
  let pending = 0;
  let sawDigit = false;
  for (const ch of t) {
    if (ch === '百') {
      total += (sawDigit ? pending : 1) * 100;
      pending = 0;
      sawDigit = false;
    } else if (ch === '十') {
      total += (sawDigit ? pending : 1) * 10;
      pending = 0;
      sawDigit = false;
    } else {
      const d = CHINESE_DIGITS[ch];
      if (d === undefined) return null;
      pending = d;
      sawDigit = true;
    }
  }
  return total + pending;
}
