/**
 * Size labels as clothing and shoe SKUs name them, normalised so that a rule can tell whether the
 * shopper's size is still in stock and whether only the ends of a size run are left.
 *
 * A NormalizedSize is a set of facets, each on one physical scale:
 * - `letter`: rank on XXS=1, XS=2, S=3, M=4, L=5, XL=6, XXL/2XL=7, XXXL/3XL=8, 4XL=9 … 7XL=12
 *   (小码 S, 中码 M, 大码 L, 加大 XL, 加加大 XXL);
 * - `heightCm` and `girthCm`, `bodyType`: 号型 of GB/T 1335 (160/84A: height 160 cm, chest or
 *   waist girth 84 cm, body type A); a kids' size (120cm, 110码) is a height alone;
 * - `footMm`: foot length; EU sizes map to it by mm = (EU + 10) × 5, so EU 40 and 250 mm are one;
 * - `waistCm`: bottoms' waist, from inches (29码, W29, 29 inch) or 市尺 (2尺3 = 2.3 × 33.3 cm);
 * - `oneSize`: 均码 / free size / one size.
 * A label may carry several facets (M(165/88A), 38码/240). Two sizes are the same when they share
 * at least one facet and agree on every facet they share.
 *
 * A bare number means different things on different pages (36 is a shoe or a waist), so parsing
 * takes an optional hint; without one, 21-34 reads as a waist in inches, 35-48 as an EU shoe,
 * 50-200 as a height in cm and 200-320 as a foot length in mm.
 */
import { normalizeWidth } from './digits';

export type SizeHint = 'top' | 'bottom' | 'shoe' | 'kids';
export type BodyType = 'Y' | 'A' | 'B' | 'C';
export type SizeSystem = 'one-size' | 'letter' | 'body' | 'foot' | 'waist';

export interface NormalizedSize {
  /** The first facet the label states: what a size run of this label is ordered by. */
  system: SizeSystem;
  /** A canonical label to show: 'XL', '160/84A', 'EU 40 (250mm)', '120cm', 'W29'. */
  label: string;
  letter?: number;
  heightCm?: number;
  girthCm?: number;
  bodyType?: BodyType;
  footMm?: number;
  waistCm?: number;
  oneSize?: true;
}

export const LETTER_RANKS: Readonly<Record<string, number>> = {
  XXS: 1,
  XS: 2,
  S: 3,
  M: 4,
  L: 5,
  XL: 6,
  XXL: 7,
  XXXL: 8,
  XXXXL: 9,
  XXXXXL: 10,
};
const LETTER_NAMES = ['', 'XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', '4XL', '5XL', '6XL', '7XL'];
const CHINESE_LETTER: Readonly<Record<string, number>> = {
  加加大: 7,
  加大: 6,
  特小: 2,
  小: 3,
  中: 4,
  大: 5,
};

const CM_PER_INCH = 2.54;
const CM_PER_CHI = 100 / 3;
const FOOT_TOLERANCE_MM = 1.25;
const WAIST_TOLERANCE_CM = 1.3;

const ONE_SIZE = /均码|均碼|统一码|通码|(?<![A-Za-z])(?:free\s*size|one\s*size|onesize|freesize|F|FREE|OS)(?![A-Za-z])/i;
const LETTER = /(?<![A-Za-z\d])(X{1,5}[SL]|[2-7]X[SL]?|S|M|L)(?![A-Za-z])/i;
const CHINESE_SIZE = /(加加大|加大|特小)[码號号]?|(小|中|大)[码號号]/;
const HAO_XING = /(?<![\d.])(\d{2,3})\s*\/\s*(\d{2,3})\s*([YABC])?(?![\d])/i;
const EU_SHOE = /(?:EU|EUR|欧码|欧洲码)\s*(\d{2}(?:\.5)?)|(\d{2}(?:\.5)?)\s*(?:EU|EUR|欧码)(?![A-Za-z])/i;
const FOOT_MM = /(?<![\d.])(\d{3}(?:\.5)?)\s*(?:mm|毫米)/i;
const FOOT_CM = /(?:脚长|内长|foot\s*length)?\s*(?<![\d.])(2\d(?:\.\d)?)\s*(?:cm|厘米)(?![\d])/i;
const WAIST_CHI = /(?<![\d.])([1-4])\s*尺\s*(\d)?(?:\s*寸)?/;
const WAIST_INCH = /(?:(?<![A-Za-z])W\s*(\d{2})|(?<![\d.])(\d{2})\s*(?:英寸|寸|inch(?:es)?|in\b|"|W(?![A-Za-z])|码|碼))/i;
const HEIGHT_CM = /(?<![\d.])(\d{2,3})\s*(?:cm|厘米|公分)(?![\d])/i;
const BARE_NUMBER = /(?<![\d.])(\d{2,3}(?:\.5)?)\s*(?:码|碼|号|號)?(?![\d.])/;

const letterName = (rank: number): string => LETTER_NAMES[rank] ?? `${rank}`;
const euToMm = (eu: number): number => (eu + 10) * 5;
const mmToEu = (mm: number): number => mm / 5 - 10;
const round1 = (n: number): number => Math.round(n * 10) / 10;

function letterRank(token: string): number | null {
  const t = token.toUpperCase();
  const numbered = /^([2-7])X([SL]?)$/.exec(t);
  if (numbered) {
    const n = Number(numbered[1]);
    return numbered[2] === 'S' ? (n <= 2 ? LETTER_RANKS.XXS! : null) : 5 + n;
  }
  return LETTER_RANKS[t] ?? null;
}

function footSize(mm: number): NormalizedSize | null {
  if (!(mm >= 200 && mm <= 320)) return null;
  return { system: 'foot', label: `EU ${round1(mmToEu(mm))} (${round1(mm)}mm)`, footMm: mm };
}

function waistSize(cm: number, label: string): NormalizedSize | null {
  return cm >= 50 && cm <= 130 ? { system: 'waist', label, waistCm: round1(cm) } : null;
}

/** A bare number (40, 110码, 29) read by the page's kind, or by its range without one. */
function bareNumberSize(n: number, hint: SizeHint | undefined): NormalizedSize | null {
  const as = hint ?? (n >= 21 && n < 35 ? 'bottom' : n >= 35 && n <= 48 ? 'shoe' : n >= 200 ? 'shoe' : 'kids');
  if (as === 'shoe') return n >= 200 ? footSize(n) : n >= 30 && n <= 50 ? footSize(euToMm(n)) : null;
  if (as === 'bottom' && n >= 21 && n <= 48) return waistSize(n * CM_PER_INCH, `W${n}`);
  if (n >= 50 && n <= 200 && Number.isInteger(n)) {
    return { system: 'body', label: as === 'kids' ? `${n}cm` : `${n}`, heightCm: n };
  }
  return null;
}

/** Adds facets a second reading of the same label states, when they do not contradict the first. */
function withFacets(base: NormalizedSize, extra: NormalizedSize | null): NormalizedSize {
  if (!extra) return base;
  const overlaps = FACETS.some((f) => base[f] !== undefined && extra[f] !== undefined);
  if (overlaps && !sameSize(base, extra)) return base;
  return { ...extra, ...base, system: base.system, label: base.label };
}

function readBody(t: string, hint: SizeHint | undefined): NormalizedSize | null {
  const m = HAO_XING.exec(t);
  if (!m) return null;
  const height = Number(m[1]);
  const girth = Number(m[2]);
  if (height < 50 || height > 200 || girth < 40 || girth > 150 || girth >= height) return null;
  const bodyType = m[3]?.toUpperCase() as BodyType | undefined;
  const size: NormalizedSize = {
    system: 'body',
    label: `${height}/${girth}${bodyType ?? ''}`,
    heightCm: height,
    girthCm: girth,
  };
  if (bodyType) size.bodyType = bodyType;
  if (hint === 'bottom') size.waistCm = girth;
  return size;
}

function readFoot(t: string): NormalizedSize | null {
  const eu = EU_SHOE.exec(t);
  if (eu) {
    const fromEu = footSize(euToMm(Number(eu[1] ?? eu[2])));
    return fromEu ? withFacets(fromEu, readFootMm(t)) : null;
  }
  const mm = readFootMm(t);
  if (mm) return mm;
  const cm = FOOT_CM.exec(t);
  if (cm) return footSize(Number(cm[1]) * 10);
  // 38码/240 and 40(250): a shoe size with its foot length beside it.
  const pair = /(?<![\d.])(\d{2}(?:\.5)?)\s*(?:码|碼|号)?\s*[/(（]\s*(\d{3}(?:\.5)?)/.exec(t);
  if (pair) {
    const fromEu = footSize(euToMm(Number(pair[1])));
    const fromMm = footSize(Number(pair[2]));
    return fromEu && fromMm ? withFacets(fromMm, fromEu) : null;
  }
  return null;
}

function readFootMm(t: string): NormalizedSize | null {
  const m = FOOT_MM.exec(t);
  return m ? footSize(Number(m[1])) : null;
}

/** The first-written waist of a label: 31码(2尺4) is 31 inches, 2尺4(31码) is 2尺4. */
function readWaist(t: string): NormalizedSize | null {
  const chi = WAIST_CHI.exec(t);
  const inch = WAIST_INCH.exec(t);
  if (chi && (!inch || chi.index <= inch.index)) {
    const value = Number(chi[1]) + Number(chi[2] ?? 0) / 10;
    return waistSize(value * CM_PER_CHI, `${chi[1]}尺${chi[2] ?? ''}`);
  }
  if (inch) {
    const n = Number(inch[1] ?? inch[2]);
    return n >= 21 && n <= 48 ? waistSize(n * CM_PER_INCH, `W${n}`) : null;
  }
  return null;
}

function readLetter(t: string): NormalizedSize | null {
  const chinese = CHINESE_SIZE.exec(t);
  const m = LETTER.exec(t);
  const rank = m ? letterRank(m[1]!) : chinese ? CHINESE_LETTER[chinese[1] ?? chinese[2]!]! : null;
  if (rank === null || rank === undefined) return null;
  return { system: 'letter', label: letterName(rank), letter: rank };
}

/** Reads a size label; the hint says which kind of page it came from when known. */
export function parseSize(label: string, hint?: SizeHint): NormalizedSize | null {
  if (typeof label !== 'string') return null;
  const t = normalizeWidth(label).trim().slice(0, 200);
  if (t === '') return null;
  if (ONE_SIZE.test(t)) return { system: 'one-size', label: '均码', oneSize: true };

  const letter = readLetter(t);
  const body = readBody(t, hint);
  if (letter) return withFacets(letter, body ?? heightOnly(t));
  if (body) return body;

  if (hint !== 'top' && hint !== 'kids') {
    const foot = hint === 'bottom' ? null : readFoot(t);
    if (foot) return foot;
    const waist = hint === 'shoe' ? null : readWaist(t);
    if (waist) return waist;
  }
  const height = HEIGHT_CM.exec(t);
  if (height) {
    const n = Number(height[1]);
    if (n >= 50 && n <= 200) return { system: 'body', label: `${n}cm`, heightCm: n };
  }
  const bare = BARE_NUMBER.exec(t);
  return bare ? bareNumberSize(Number(bare[1]), hint) : null;
}

/** The height beside a letter size (175/XL, XL 175). */
function heightOnly(t: string): NormalizedSize | null {
  const m = /(?<![\d.\-~])(1[4-9]\d)(?:cm)?(?![\d.\-~斤公kK])/.exec(t);
  return m ? { system: 'body', label: m[1]!, heightCm: Number(m[1]) } : null;
}

type Facet = 'letter' | 'heightCm' | 'girthCm' | 'footMm' | 'waistCm';
const FACETS: readonly Facet[] = ['letter', 'heightCm', 'girthCm', 'footMm', 'waistCm'];
const TOLERANCE: Readonly<Record<Facet, number>> = {
  letter: 0,
  heightCm: 0,
  girthCm: 0,
  footMm: FOOT_TOLERANCE_MM,
  waistCm: WAIST_TOLERANCE_CM,
};
const PRIMARY_FACET: Readonly<Record<SizeSystem, Facet | null>> = {
  'one-size': null,
  letter: 'letter',
  body: 'heightCm',
  foot: 'footMm',
  waist: 'waistCm',
};
const SYSTEM_ORDER: readonly SizeSystem[] = ['one-size', 'letter', 'body', 'foot', 'waist'];

export function sameSize(a: NormalizedSize | null, b: NormalizedSize | null): boolean {
  if (!a || !b) return false;
  if (a.oneSize || b.oneSize) return a.oneSize === true && b.oneSize === true;
  const shared = FACETS.filter((f) => a[f] !== undefined && b[f] !== undefined);
  if (shared.length === 0) return false;
  if (a.bodyType && b.bodyType && a.bodyType !== b.bodyType) return false;
  return shared.every((f) => Math.abs(a[f]! - b[f]!) <= TOLERANCE[f] + 1e-9);
}

/**
 * Orders sizes small to large on the first facet both state, so a size run sorts XS < S < M and
 * EU 38 < 245mm < EU 40. Sizes with no facet in common are ordered by system, which keeps a sort
 * stable and total.
 */
export function compareSizes(a: NormalizedSize, b: NormalizedSize): number {
  if (sameSize(a, b)) return 0;
  const primary = PRIMARY_FACET[a.system];
  const order: Facet[] = primary ? [primary, ...FACETS.filter((f) => f !== primary)] : [...FACETS];
  for (const f of order) {
    const x = a[f];
    const y = b[f];
    if (x !== undefined && y !== undefined && x !== y) return x - y;
  }
  return SYSTEM_ORDER.indexOf(a.system) - SYSTEM_ORDER.indexOf(b.system);
}

/** The shopper's own size from their profile ({ shoe: '40', bottom: '29', kids: '120' }). */
export function normalizeProfileSize(kind: SizeHint, label: string): NormalizedSize | null {
  return parseSize(label, kind);
}
