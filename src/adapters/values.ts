import type { JsObject, JsValue } from './js-literal';

/**
 * Typed reads of untrusted page data. Every accessor answers undefined/null rather than throwing,
 * and numbers come back finite or not at all.
 */

export function asRecord(v: JsValue | undefined): JsObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

export function asArray(v: JsValue | undefined): JsValue[] {
  return Array.isArray(v) ? v : [];
}

/** A non-empty trimmed string; numbers are accepted because pages write ids both ways. */
export function asText(v: JsValue | undefined): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t ? t : null;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

const DIGITS = /^\d+$/;

/** A finite number from a number or a numeric string ("149.00", " 2 ", "1,299"). */
export function asNumber(v: JsValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    // Most are plain digits (prices in fen, stock counts): one test instead of clean-up and pattern.
    if (DIGITS.test(v)) {
      const n = Number(v);
      return Number.isFinite(n) ? n : null;
    }
    const t = v.replace(/[,\s]/g, '');
    if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** One own field of an object: `at(v, key)` without the path, for loops over hundreds of rows. */
export function field(v: JsValue | undefined, key: string): JsValue | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, key) ? v[key] : undefined;
}

/** Follows a path of keys and indexes: `at(data, 'store', 'initDataObj', 'goods')`. */
export function at(v: JsValue | undefined, ...path: Array<string | number>): JsValue | undefined {
  let cur: JsValue | undefined = v;
  for (const key of path) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? (typeof key === 'number' ? cur[key] : undefined) : Object.hasOwn(cur, key) ? cur[key] : undefined;
  }
  return cur;
}

/** The first of several paths that leads somewhere: pages move fields between generations. */
export function firstAt(v: JsValue | undefined, paths: ReadonlyArray<ReadonlyArray<string | number>>): JsValue | undefined {
  for (const p of paths) {
    const found = at(v, ...p);
    if (found !== undefined && found !== null) return found;
  }
  return undefined;
}

/**
 * Breadth-first search for the nearest object that owns `key`, visiting at most `budget` nodes,
 * for state blobs whose nesting changes between page versions.
 */
export function findObjectWithKey(root: JsValue | undefined, key: string, budget = 20_000): JsObject | undefined {
  const queue: JsValue[] = root === undefined ? [] : [root];
  for (let i = 0; i < queue.length && i < budget; i++) {
    const node = queue[i]!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const child of node) if (child !== null && typeof child === 'object') queue.push(child);
      continue;
    }
    if (Object.hasOwn(node, key)) return node;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') queue.push(child);
  }
  return undefined;
}

/** An amount of money: a finite number that is not negative. */
export function asMoney(v: JsValue | undefined): number | null {
  const n = asNumber(v);
  return n !== null && n >= 0 ? n : null;
}

/** Money stored in fen (分) as an integer, to yuan. */
export function fenToYuan(v: JsValue | undefined): number | null {
  const n = asMoney(v);
  return n === null ? null : Math.round(n) / 100;
}

/** Protocol-relative image addresses (`//img.alicdn.com/...`) made absolute. */
export function absoluteUrl(src: string | null, base: URL): string | null {
  if (!src) return null;
  try {
    return new URL(src, base).href;
  } catch {
    return null;
  }
}
