import { parseColor, relativeLuminance, type Scheme } from '../theme';

/**
 * The page's own scheme, which the panel follows (not the browser's): the background the page
 * actually paints, else what it declares in `color-scheme`, else the browser preference.
 */
export function pageScheme(doc: Document, win: Pick<Window, 'getComputedStyle' | 'matchMedia'>): Scheme {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const color = parseColor(win.getComputedStyle(el).backgroundColor);
    if (color && color.a > 0.5) return relativeLuminance(`rgb(${color.r}, ${color.g}, ${color.b})`) < 0.2 ? 'dark' : 'light';
  }
  const declared =
    doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const offersDark = /\bdark\b/.test(declared);
  const offersLight = /\blight\b/.test(declared) || declared.trim() === '' || declared === 'normal';
  if (offersDark && !offersLight) return 'dark';
  if (offersDark && win.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  // A page that declares nothing renders light whatever the browser prefers.
  return 'light';
}
