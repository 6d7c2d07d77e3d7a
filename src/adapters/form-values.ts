import type { Selectors } from './page';

/**
 * The current value of the first matching form field. A live page's `value` property follows what
 * the shopper typed while the attribute keeps the page's initial value; a parsed page (linkedom,
 * DOMParser) has only the attribute.
 */
export function inputValueAt(root: ParentNode, selectors: Selectors): string | null {
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    let el: Element | null;
    try {
      el = root.querySelector(selector);
    } catch {
      continue;
    }
    const live = el && 'value' in el && typeof el.value === 'string' ? el.value : null;
    const value = (live ?? el?.getAttribute('value'))?.trim();
    if (value) return value;
  }
  return null;
}
