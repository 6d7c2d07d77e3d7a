import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, PALETTES, parseColor, relativeLuminance, themeCss, type Palette, type Scheme } from '../../src/ui/theme';

/** Text (WCAG 1.4.3, 4.5:1) and the surfaces it sits on in the popup, options and panel. */
const TEXT_PAIRS: ReadonlyArray<[keyof Palette, keyof Palette]> = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['onAccent', 'accent'],
  ['focus', 'bg'],
  ['good', 'bg'],
  ['info', 'bg'],
  ['warn', 'bg'],
  ['danger', 'bg'],
  ['good', 'surface'],
  ['warn', 'surface'],
  ['danger', 'surface'],
  ['good', 'goodBg'],
  ['info', 'infoBg'],
  ['warn', 'warnBg'],
  ['danger', 'dangerBg'],
  ['fg', 'goodBg'],
  ['fg', 'infoBg'],
  ['fg', 'warnBg'],
  ['fg', 'dangerBg'],
  ['muted', 'goodBg'],
  ['muted', 'infoBg'],
  ['muted', 'warnBg'],
  ['muted', 'dangerBg'],
];

/** Lines and focus rings (WCAG 1.4.11, 3:1) against the background they are drawn on. */
const GRAPHIC_PAIRS: ReadonlyArray<[keyof Palette, keyof Palette]> = [
  ['chartPrice', 'bg'],
  ['chartPromo', 'bg'],
  ['chartPrepromo', 'bg'],
  ['chartList', 'bg'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['accent', 'surface'],
];

describe('contrast maths', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it('reads short hex, rgb() and rgba()', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('not a colour')).toBeNull();
    expect(relativeLuminance('#000')).toBe(0);
  });

  it('lays a translucent colour over its background', () => {
    expect(composite('rgba(0, 0, 0, 0.5)', '#ffffff')).toBe('rgb(128, 128, 128)');
  });
});

describe.each(['light', 'dark'] as Scheme[])('the %s palette meets WCAG AA', (scheme) => {
  const p = PALETTES[scheme];
  it.each(TEXT_PAIRS)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(p[fg], p[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHIC_PAIRS)('graphic %s on %s is at least 3:1', (fg, bg) => {
    expect(contrastRatio(p[fg], p[bg])).toBeGreaterThanOrEqual(3);
  });
  it('labels inside the shaded promo and 返场 windows stay readable', () => {
    for (const shade of [p.chartPromoWindow, p.chartFanchangWindow]) {
      const under = composite(shade, p.bg);
      expect(contrastRatio(p.muted, under)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.chartPrice, under)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('themeCss', () => {
  it('declares every palette entry for both schemes, with forced-scheme classes for the panel', () => {
    const css = themeCss(':host');
    expect(css).toContain(':host{color-scheme:light;--bg:#ffffff;');
    expect(css).toContain('@media (prefers-color-scheme: dark){:host{color-scheme:dark;--bg:#161b22;');
    expect(css).toContain(':host.scheme-dark{');
    expect(css).toContain('--chart-promo-window:');
  });
});
