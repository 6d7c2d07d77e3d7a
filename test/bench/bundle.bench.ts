import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metrics } from './context';

/**
 * Content-script weight: the largest content script (the goal, per script) and what a
 * shopper's browser loads on one product page: the site's reader, which also places the verdict
 * panel (whose content is an extension page, loaded apart from the shop's page).
 */
export default async function bundleBench(): Promise<Metrics> {
  const dir = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3/content-scripts');
  const sizes = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, gzipKB: gzipSync(readFileSync(join(dir, f))).length / 1024 }));
  for (const s of sizes) console.log(`  ${s.file}: ${s.gzipKB.toFixed(1)} KB gzipped`);
  const readers = sizes.filter((s) => s.file.startsWith('product-'));
  return {
    'content.bundle.gzipKB': { value: Math.max(...sizes.map((s) => s.gzipKB)), unit: 'KB', goal: 30, better: 'lower' },
    'content.perPage.gzipKB': { value: Math.max(...readers.map((s) => s.gzipKB)), unit: 'KB', goal: 30, better: 'lower' },
  };
}
