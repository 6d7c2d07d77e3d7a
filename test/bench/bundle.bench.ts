import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metrics } from './context';

/** Content-script weight, per site: a shopper pays it on every product page they open. */
export default async function bundleBench(): Promise<Metrics> {
  const dir = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3/content-scripts');
  const sizes = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, gzipKB: gzipSync(readFileSync(join(dir, f))).length / 1024 }));
  for (const s of sizes) console.log(`  ${s.file}: ${s.gzipKB.toFixed(1)} KB gzipped`);
  return {
    'content.bundle.gzipKB': { value: Math.max(...sizes.map((s) => s.gzipKB)), unit: 'KB', goal: 30, better: 'lower' },
  };
}
