import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBenchContext, step, type BenchModule, type Metrics } from './context';

/**
 * `npm run bench`: runs every test/bench/*.bench.ts in real Chromium, prints a table and writes
 * .bench/results.json (docs/contracts.md). Benchmarks are measurements, not tests: a missed goal is
 * reported, never a failure, so a slow machine cannot turn CI red.
 *
 * Every module runs against a deadline (its `budgetMs` export, else DEFAULT_BUDGET_MS) and every
 * step inside one has its own (`step` in context.ts): the whole run stays under five minutes on a
 * 2-core machine, and a stuck step is reported by name instead of hanging the run.
 */
const DEFAULT_BUDGET_MS = 60_000;
/** What the whole run may take (scripts/bench.mjs passes what is left of five minutes after the builds). */
const RUN_DEADLINE = performance.now() + Number(process.env.BENCH_RUN_BUDGET_MS ?? 270_000);
/** A module is not started with less than this left: it would only be cut off. */
const LEAST_MS = 15_000;
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
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { default: BenchModule; budgetMs?: number };
      const left = RUN_DEADLINE - started;
      if (left < LEAST_MS) throw new Error(`not run: ${Math.round(left / 1000)} s were left of the run's time`);
      Object.assign(metrics, await step(file, Math.min(mod.budgetMs ?? DEFAULT_BUDGET_MS, left), mod.default(ctx)));
    } catch (error) {
      errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await ctx.closeDeferred();
    process.stdout.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
} finally {
  await step('closing the bench browser', 10_000, ctx.close()).catch((error: unknown) => errors.push(String(error)));
}

const rows = Object.entries(metrics).map(([name, m]) => {
  const met = m.better === 'lower' ? m.value <= m.goal : m.value >= m.goal;
  return { name, value: round(m.value), unit: m.unit, goal: `${m.better === 'lower' ? '≤' : '≥'} ${m.goal}`, met: met ? 'yes' : 'NO' };
});
console.table(rows);
for (const e of errors) console.log(`✖ ${e}`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(
  join(root, '.bench/results.json'),
  `${JSON.stringify({ metrics, tables: ctx.tables, errors, measuredAt: new Date().toISOString() }, null, 2)}\n`,
);
console.log('wrote .bench/results.json');
// A step that timed out may still hold a browser open: leaving now ends it (Playwright kills what it launched).
process.exit(0);

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}
