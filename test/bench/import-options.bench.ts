import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_NOW } from '../clock';
import { launchWithExtension } from '../e2e/browser';
import { waitUntil } from '../e2e/wait';
import { FixtureShop } from '../shop/fixture-shop';
import { syntheticBackup } from './backup-file';
import { step, type BenchContext, type Metrics } from './context';

const PRODUCTS = 1_000;
const RUNS_PER_PRODUCT = 100;

/** Building the file, starting Chromium with the extension, one import and one export. */
export const budgetMs = 90_000;

/** Longest main-thread task of the options page since the observer started, from `longtask` entries. */
const WATCH_LONG_TASKS = () => {
  const g = globalThis as unknown as { longestTaskMs: number };
  g.longestTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) g.longestTaskMs = Math.max(g.longestTaskMs, e.duration);
  }).observe({ type: 'longtask' });
};

/**
 * Restoring a backup of 100,000 observations through the options page of the built extension in
 * Chromium, as the shopper does it: the file chosen in the page's file input, read, sent to the
 * background, checked and stored, until the page says it is done. Then the export back to a file.
 * The longest main-thread task of the page meanwhile says whether the page stayed usable.
 */
export default async function importViaOptionsBench(ctx: BenchContext): Promise<Metrics> {
  const dir = mkdtempSync(join(tmpdir(), 'fanchang-bench-'));
  const file = join(dir, 'backup.json');
  writeFileSync(file, syntheticBackup(PRODUCTS, RUNS_PER_PRODUCT, new Date(TEST_NOW).toISOString()));
  const rows = PRODUCTS * RUNS_PER_PRODUCT;
  const session = await step('Chromium with the extension to start', 30_000, launchWithExtension(new FixtureShop(), { now: TEST_NOW }));
  const close = ctx.defer(() => session.close());
  try {
    const options = await session.context.newPage();
    await step('the options page to open', 15_000, async () => {
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByTestId('import-file').waitFor({ state: 'attached', timeout: 10_000 });
    });
    await options.evaluate(WATCH_LONG_TASKS);
    const status = () => options.getByTestId('data-status').textContent();

    const started = performance.now();
    await options.getByTestId('import-file').setInputFiles(file);
    const said = await waitUntil('the options page to say the backup was imported', status, (t) => /已导入|失败|无效/.test(t ?? ''), {
      timeoutMs: 60_000,
    });
    const importMs = performance.now() - started;
    if (!said?.includes('已导入')) throw new Error(`the import did not succeed: ${said}`);
    const importLongestTask = await options.evaluate(() => (globalThis as unknown as { longestTaskMs: number }).longestTaskMs);

    await options.evaluate(WATCH_LONG_TASKS);
    const exportStarted = performance.now();
    await step(
      'the export to download',
      30_000,
      Promise.all([options.waitForEvent('download', { timeout: 30_000 }), options.getByTestId('export-data').click()]),
    );
    const exportMs = performance.now() - exportStarted;
    const exportLongestTask = await options.evaluate(() => (globalThis as unknown as { longestTaskMs: number }).longestTaskMs);
    console.log(
      `  ${rows} observations imported through the options page in ${importMs.toFixed(0)} ms (longest task on the page ${importLongestTask.toFixed(0)} ms); exported in ${exportMs.toFixed(0)} ms (longest task ${exportLongestTask.toFixed(0)} ms)`,
    );
    return {
      'store.importViaOptions.rowsPerSec': { value: rows / (importMs / 1000), unit: 'rows/s', goal: 25_000, better: 'higher' },
      'options.importLongestTask.ms': { value: importLongestTask, unit: 'ms', goal: 50, better: 'lower' },
      'store.exportViaOptions.rowsPerSec': { value: rows / (exportMs / 1000), unit: 'rows/s', goal: 25_000, better: 'higher' },
      'options.exportLongestTask.ms': { value: exportLongestTask, unit: 'ms', goal: 50, better: 'lower' },
    };
  } finally {
    await step('Chromium with the extension to close', 15_000, close());
    rmSync(dir, { recursive: true, force: true });
  }
}
