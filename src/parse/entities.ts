/**
 * HTML character references left in text that never went through an HTML parser: JSON-LD and
 * inline state often carry "Black &amp; Silver" or "&#39;". Decoded at most three times, for
 * text escaped twice ("&amp;amp;"). Only references that end in ";" are read.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  trade: '™',
  reg: '®',
  copy: '©',
  euro: '€',
  pound: '£',
  yen: '¥',
  times: '×',
  middot: '·',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  deg: '°',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function decodeOnce(text: string): string {
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    // No NUL, no surrogate halves, nothing past the last code point.
    if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
    return String.fromCodePoint(cp);
  });
}

export function decodeEntities(text: string): string;
export function decodeEntities(text: string | null): string | null;
export function decodeEntities(text: string | null): string | null {
  if (text === null || !text.includes('&')) return text;
  let out = text;
  for (let i = 0; i < 3 && out.includes('&'); i++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
