import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBenchContext, type BenchModule, type Metrics } from './context';

/**
 * `npm run bench`: runs every test/bench/*.bench.ts in real Chromium, prints a table and writes
 * .bench/results.json (docs/contracts.md). Benchmarks are measurements, not tests: a missed goal is
 * reported, never a failure, so a slow machine cannot turn CI red.
 */
const root = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const ctx = await openBenchContext();
const metrics: Metrics = {};
const errors: string[] = [];
try {
  for (const file of files) {
    process.stdout.write(`▶ ${file}\n`);
    try {
      const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { default: BenchModule };
      Object.assign(metrics, await mod.default(ctx));
    } catch (error) {
      errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await ctx.close();
}

const rows = Object.entries(metrics).map(([name, m]) => {
  const met = m.better === 'lower' ? m.value <= m.goal : m.value >= m.goal;
  return { name, value: round(m.value), unit: m.unit, goal: `${m.better === 'lower' ? '≤' : '≥'} ${m.goal}`, met: met ? 'yes' : 'NO' };
});
console.table(rows);
for (const e of errors) console.log(`✖ ${e}`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), `${JSON.stringify({ metrics, errors, measuredAt: new Date().toISOString() }, null, 2)}\n`);
console.log('wrote .bench/results.json');

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}
