/**
 * The palette as data, so the popup, the options page and the in-page panel share one set of
 * colours and a test can check every text/background pair against WCAG AA numerically.
 */
export type Scheme = 'light' | 'dark';

export interface Palette {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  line: string;
  accent: string;
  /** Text on `accent` (primary buttons). */
  onAccent: string;
  focus: string;
  good: string;
  goodBg: string;
  info: string;
  infoBg: string;
  warn: string;
  warnBg: string;
  danger: string;
  dangerBg: string;
  /** Chart: the price line, the promo and pre-promo lines, the list price, and shaded windows. */
  chartPrice: string;
  chartPromo: string;
  chartPrepromo: string;
  chartList: string;
  chartPromoWindow: string;
  chartFanchangWindow: string;
}

export const PALETTES: Readonly<Record<Scheme, Palette>> = {
  light: {
    bg: '#ffffff',
    surface: '#f6f8fa',
    fg: '#1f2328',
    muted: '#57606a',
    line: '#d0d7de',
    accent: '#b4400b',
    onAccent: '#ffffff',
    focus: '#0a58ca',
    good: '#1a7f37',
    goodBg: '#dafbe1',
    info: '#0a58ca',
    infoBg: '#ddf4ff',
    warn: '#8a4b00',
    warnBg: '#fff1d6',
    danger: '#b42318',
    dangerBg: '#ffebe9',
    chartPrice: '#b4400b',
    chartPromo: '#b42318',
    chartPrepromo: '#0a58ca',
    chartList: '#57606a',
    chartPromoWindow: 'rgba(180, 35, 24, 0.10)',
    chartFanchangWindow: 'rgba(138, 75, 0, 0.10)',
  },
  dark: {
    bg: '#161b22',
    surface: '#1f2630',
    fg: '#e6edf3',
    muted: '#a3adb8',
    line: '#3d444d',
    accent: '#fb923c',
    onAccent: '#1a1005',
    focus: '#79c0ff',
    good: '#56d364',
    goodBg: '#12311c',
    info: '#79c0ff',
    infoBg: '#0f2a45',
    warn: '#e3b341',
    warnBg: '#3a2a05',
    danger: '#ff7b72',
    dangerBg: '#3d1214',
    chartPrice: '#fb923c',
    chartPromo: '#ff7b72',
    chartPrepromo: '#79c0ff',
    chartList: '#a3adb8',
    chartPromoWindow: 'rgba(255, 123, 114, 0.14)',
    chartFanchangWindow: 'rgba(227, 179, 65, 0.12)',
  },
};

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `--bg:#fff;--fg:…` for one palette. */
export function paletteVariables(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--${kebab(name)}:${value};`)
    .join('');
}

/**
 * CSS that sets the palette on `selector`, following the browser's scheme; `.scheme-dark` and
 * `.scheme-light` on the same element force one (the panel follows the page, not the browser).
 */
export function themeCss(selector = ':root'): string {
  return [
    `${selector}{color-scheme:light;${paletteVariables(PALETTES.light)}}`,
    `@media (prefers-color-scheme: dark){${selector}{color-scheme:dark;${paletteVariables(PALETTES.dark)}}}`,
    `${selector}.scheme-light{color-scheme:light;${paletteVariables(PALETTES.light)}}`,
    `${selector}.scheme-dark{color-scheme:dark;${paletteVariables(PALETTES.dark)}}`,
  ].join('\n');
}

/** Adds the palette to an extension page's head. */
export function applyTheme(doc: Document = document): void {
  const style = doc.createElement('style');
  style.dataset.theme = 'fanchang';
  style.textContent = themeCss();
  doc.head.append(style);
}

/** Parses #rgb, #rrggbb and rgb()/rgba() into 0-255 channels and an alpha. */
export function parseColor(text: string): { r: number; g: number; b: number; a: number } | null {
  const t = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(t);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance(color: string): number {
  const c = parseColor(color);
  if (!c) throw new Error(`not a colour: ${color}`);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio between two opaque colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent colour laid over an opaque background, as the eye sees it. */
export function composite(over: string, under: string): string {
  const top = parseColor(over);
  const base = parseColor(under);
  if (!top || !base) throw new Error(`not colours: ${over}, ${under}`);
  const mix = (t: number, b: number) => Math.round(t * top.a + b * (1 - top.a));
  return `rgb(${mix(top.r, base.r)}, ${mix(top.g, base.g)}, ${mix(top.b, base.b)})`;
}
