import { resolve } from 'node:path';
import { buildHeavyTmallPage } from '../adapters/heavy-page';
import { TEST_NOW } from '../clock';
import { median, type BenchContext, type Metrics } from './context';

const RUNS = 41;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The content script's reading of a ≥ 1 MB page with ≥ 300 SKUs, in Chromium, on the live DOM as
 * the content script sees it, against parsing the page's state blob; and, for reading, the
 * background's interpretation of the reading's texts (it no longer runs on the shop's page).
 */
export default async function scrapeBench(ctx: BenchContext): Promise<Metrics> {
  const heavy = buildHeavyTmallPage();
  const page = await ctx.newPage();
  await page.setContent(heavy.html, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: await ctx.bundle(resolve(import.meta.dirname, 'browser/scrape-entry.ts')) });
  const result = await page.evaluate(
    ([url, stateJson, runs, now]) =>
      (
        globalThis as unknown as {
          scrapeBench: (
            u: string,
            s: string,
            r: number,
            now: string,
          ) => {
            skus: number;
            price: number | null;
            category: string;
            extract: number[];
            jsonParse: number[];
            interpret: number[];
            state: number[];
            shownPrice: number[];
          };
        }
      ).scrapeBench(url, stateJson, runs, now),
    [heavy.url, heavy.stateJson, RUNS, TEST_NOW] as const,
  );
  await page.context().close();
  if (result.skus < 300) throw new Error(`the heavy page read only ${result.skus} SKUs`);
  if (result.category !== 'apparel') throw new Error(`the heavy page's texts read as ${result.category}, not apparel`);
  if (Buffer.byteLength(heavy.html) < 1024 * 1024) throw new Error('the heavy page is under 1 MB of HTML');
  const extractMs = median(result.extract.slice(1));
  const parseMs = median(result.jsonParse.slice(1));
  const interpretMs = median(result.interpret.slice(1));
  // Each sample's own JSON.parse is the unit, as for the goal's ratio.
  const timesParse = (samples: number[]) => median(samples.slice(1).map((ms, i) => ms / result.jsonParse[i + 1]!));
  const ratio = timesParse(result.extract);
  console.log(
    `  heavy page: ${(Buffer.byteLength(heavy.html) / 1024 / 1024).toFixed(2)} MB of HTML, ${result.skus} SKUs, price ${result.price}; read ${extractMs.toFixed(2)} ms, JSON.parse of its state ${parseMs.toFixed(2)} ms; its texts interpreted (background) ${interpretMs.toFixed(2)} ms`,
  );
  ctx.table("the heavy page's reading and two of its parts (median ms; × JSON.parse of the state in the same sample)", [
    { part: 'the whole reading', ms: round(extractMs), timesJsonParse: round(ratio) },
    {
      part: 'the state: its extent found, then parsed',
      ms: round(median(result.state.slice(1))),
      timesJsonParse: round(timesParse(result.state)),
    },
    {
      part: 'the shown price checked against the state',
      ms: round(median(result.shownPrice.slice(1))),
      timesJsonParse: round(timesParse(result.shownPrice)),
    },
  ]);
  return {
    'scrape.heavyPage.ms': { value: extractMs, unit: 'ms', goal: 10, better: 'lower' },
    'scrape.ratioVsJsonParse': { value: ratio, unit: '×', goal: 2, better: 'lower' },
    'scrape.interpretInBackground.ms': { value: interpretMs, unit: 'ms', goal: 10, better: 'lower' },
  };
}
