import { resolve } from 'node:path';
import type { GrowStep } from './browser/scale-entry';
import { median, step, type BenchContext, type Metrics } from './context';

/** Sizes the store grows through: a year of a keen shopper, then three years of a heavy one. */
const SIZES = [
  { products: 1_000, label: '1k products / 100k observations' },
  { products: 10_000, label: '10k products / 1M observations' },
];
const RUNS_PER_PRODUCT = 100;
const SAMPLES = 31;
const RENDERS = 11;

/** Seeding a million observations and measuring twice, with room for a busy machine. */
export const budgetMs = 120_000;

interface ScaleApi {
  grow(from: number, products: number, runs: number, samples: number, renders: number): Promise<GrowStep>;
}

/**
 * How the shopper's costs grow with the store, in Chromium: one store measured at 1,000 products
 * (100,000 observations), then grown to 10,000 products (1,000,000 observations) and measured
 * again. What the shopper waits on must not grow with it: the popup, a product's history, an
 * ingest and a search; storage grows with the observations and no faster.
 */
export default async function scaleBench(ctx: BenchContext): Promise<Metrics> {
  const page = await ctx.newPage();
  try {
    await page.addScriptTag({ content: await ctx.bundle(resolve(import.meta.dirname, 'browser/scale-entry.tsx')) });
    const steps: GrowStep[] = [];
    let from = 0;
    for (const size of SIZES) {
      steps.push(
        await step(
          `the store grown to ${size.label} and measured`,
          90_000,
          page.evaluate(([f, p, r, s, n]) => (globalThis as unknown as { scaleBench: ScaleApi }).scaleBench.grow(f, p, r, s, n), [
            from,
            size.products,
            RUNS_PER_PRODUCT,
            SAMPLES,
            RENDERS,
          ] as const),
        ),
      );
      from = size.products;
    }
    const rows = steps.map(({ samples: s, bytesPerObservation, seedMs }, i) => {
      if (s.historyPoints !== RUNS_PER_PRODUCT)
        throw new Error(`a product's history had ${s.historyPoints} observations, expected ${RUNS_PER_PRODUCT}`);
      return {
        store: SIZES[i]!.label,
        'history ms': round(median(s.historyMs)),
        'history ÷ bare IDB': round(median(s.historyMs.map((ms, k) => ms / s.rawHistoryMs[k]!))),
        'ingest ms': round(median(s.ingestMs)),
        'search ms (worst query)': round(worstSearch(s.searchMs)),
        'popup first render ms': round(median(s.renderMs.slice(1))),
        'bytes / observation': round(bytesPerObservation),
        'seeded in s': round(seedMs / 1000),
      };
    });
    ctx.table('growth with the store', rows);
    const [small, large] = steps.map((s) => s.samples) as [GrowStep['samples'], GrowStep['samples']];
    for (const [query, times] of Object.entries(large.searchMs))
      console.log(`  search "${query}" over 10k products: ${median(times).toFixed(1)} ms, ${large.searchHits[query]} hits`);
    const render1k = median(small.renderMs.slice(1));
    const render10k = median(large.renderMs.slice(1));
    return {
      'popup.firstRender10k.ms': { value: render10k, unit: 'ms', goal: 100, better: 'lower' },
      'popup.firstRender.ratio10kVs1k': { value: render10k / render1k, unit: '×', goal: 1.5, better: 'lower' },
      'search.products10k.ms': { value: worstSearch(large.searchMs), unit: 'ms', goal: 16, better: 'lower' },
      'store.historyQuery1M.ms': { value: median(large.historyMs), unit: 'ms', goal: 5, better: 'lower' },
      'store.historyQuery1M.ratioVsRawIdb': {
        value: median(large.historyMs.map((ms, k) => ms / large.rawHistoryMs[k]!)),
        unit: '×',
        goal: 1.5,
        better: 'lower',
      },
      'store.ingest1M.ms': { value: median(large.ingestMs), unit: 'ms', goal: 5, better: 'lower' },
      'store.bytesPerObservation1M': { value: steps[1]!.bytesPerObservation, unit: 'B', goal: 30, better: 'lower' },
    };
  } finally {
    await page.context().close();
  }
}

/** The slowest query's median: the shopper types whatever they type. */
function worstSearch(searchMs: Record<string, number[]>): number {
  return Math.max(...Object.values(searchMs).map((times) => median(times.slice(1))));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
