import { resolve } from 'node:path';
import type { StoreBenchSamples } from './browser/store-entry';
import { median, type BenchContext, type Metrics } from './context';

const SAMPLES = 61;

/**
 * The store in real Chromium with 2,000 products and 100,000 observations: one product's full
 * history (against the same key range read with bare IndexedDB in the same run), a 50-SKU
 * snapshot ingest, a 100,000-observation backup import, and the bytes an observation takes
 * (the navigator.storage.estimate() delta of importing the observations alone, divided by their
 * number).
 */
export default async function storeBench(ctx: BenchContext): Promise<Metrics> {
  const page = await ctx.newPage();
  await page.addScriptTag({ content: await ctx.bundle(resolve(import.meta.dirname, 'browser/store-entry.ts')) });
  const s = await page.evaluate(
    (samples) => (globalThis as unknown as { storeBench: (n: number) => Promise<StoreBenchSamples> }).storeBench(samples),
    SAMPLES,
  );
  await page.context().close();
  if (s.historyPoints !== 50) throw new Error(`a product's history had ${s.historyPoints} observations, expected 50`);

  const historyMs = median(s.historyMs);
  const rawMs = median(s.rawMs);
  // Each sample times both on the same key back to back: the median of their ratios is steadier
  // than a ratio of medians on a machine whose load drifts during the run.
  const ratio = median(s.historyMs.map((ms, i) => ms / s.rawMs[i]!));
  const ingestMs = median(s.revisitIngestMs);
  const ingestRatio = median(s.revisitIngestMs.map((ms, i) => ms / s.rawIngestMs[i]!));
  console.log(`  history: store ${historyMs.toFixed(3)} ms, bare IndexedDB ${rawMs.toFixed(3)} ms (${s.historyPoints} observations)`);
  console.log(
    `  ingest of 50 SKUs: first visit ${median(s.firstIngestMs).toFixed(2)} ms, revisit ${ingestMs.toFixed(2)} ms, bare IndexedDB ${median(s.rawIngestMs).toFixed(2)} ms`,
  );
  console.log(
    `  import: ${s.observations} observations in ${s.importMs.toFixed(0)} ms; observations take ${(s.observationBytes / 1024 / 1024).toFixed(1)} MB`,
  );
  return {
    'store.historyQuery.ms': { value: historyMs, unit: 'ms', goal: 5, better: 'lower' },
    'store.historyQuery.ratioVsRawIdb': { value: ratio, unit: '×', goal: 1.5, better: 'lower' },
    'store.ingest.ms': { value: ingestMs, unit: 'ms', goal: 5, better: 'lower' },
    'store.ingest.ratioVsRawIdb': { value: ingestRatio, unit: '×', goal: 2, better: 'lower' },
    'store.import.rowsPerSec': { value: s.observations / (s.importMs / 1000), unit: 'rows/s', goal: 25_000, better: 'higher' },
    'store.bytesPerObservation': { value: s.observationBytes / s.observations, unit: 'B', goal: 30, better: 'lower' },
  };
}
