import { resolve } from 'node:path';
import { median, type BenchContext, type Metrics } from './context';

const PRODUCTS = 1_000;
const RUNS_PER_PRODUCT = 100;
const RENDERS = 21;
const CHARTS = 41;

interface PopupBenchApi {
  seed(products: number, runs: number): Promise<{ products: number; observations: number }>;
  firstRender(runs: number, itemIndex: number): Promise<number[]>;
  chart(runs: number): Promise<{ points: number; times: number[] }>;
}

/**
 * The popup in Chromium over a store of 1,000 products and 100,000 observations: first render on a
 * product tab (lookup, history, verdict, chart drawn), and the chart alone for a year of points.
 */
export default async function popupBench(ctx: BenchContext): Promise<Metrics> {
  const page = await ctx.newPage();
  await page.addScriptTag({ content: await ctx.bundle(resolve(import.meta.dirname, 'browser/popup-entry.tsx')) });
  const seeded = await page.evaluate(([p, r]) => (globalThis as unknown as { popupBench: PopupBenchApi }).popupBench.seed(p, r), [
    PRODUCTS,
    RUNS_PER_PRODUCT,
  ] as const);
  if (seeded.products !== PRODUCTS || seeded.observations !== PRODUCTS * RUNS_PER_PRODUCT)
    throw new Error(`the bench store holds ${JSON.stringify(seeded)}`);
  const renders = await page.evaluate(
    ([n, item]) => (globalThis as unknown as { popupBench: PopupBenchApi }).popupBench.firstRender(n, item),
    [RENDERS, PRODUCTS / 2] as const,
  );
  const charts = await page.evaluate((n) => (globalThis as unknown as { popupBench: PopupBenchApi }).popupBench.chart(n), CHARTS);
  await page.context().close();
  console.log(`  store: ${seeded.products} products, ${seeded.observations} observations; chart: ${charts.points} points`);
  // The first run of each pays for compiling the code; the shopper's browser has it cached the same way.
  return {
    'popup.firstRender.ms': { value: median(renders.slice(1)), unit: 'ms', goal: 100, better: 'lower' },
    'popup.chart.ms': { value: median(charts.times.slice(1)), unit: 'ms', goal: 16, better: 'lower' },
  };
}
