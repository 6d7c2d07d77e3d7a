import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `../shared` beside the repository: pages saved from live shops, the sample cases and the source
 * texts. Tests that use it find it relative to the repository root, and skip with a one-line
 * notice where a clone has no `../shared` beside it.
 */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', 'shared');
export const REAL_PAGES_DIR = resolve(SHARED_DIR, 'real-pages');
export const SAMPLES_DIR = resolve(SHARED_DIR, 'samples');

const noticed = new Set<string>();

/** True when `path` (a folder or file under ../shared) exists; otherwise prints why tests skip, once per path. */
export function hasShared(path: string = SHARED_DIR): boolean {
  if (existsSync(path)) return true;
  if (!noticed.has(path)) {
    noticed.add(path);
    console.log(`[skip] ${path} is absent: the tests that read it are skipped (a clone without ../shared beside it).`);
  }
  return false;
}
