import { extractWith } from '../../../src/adapters/extract';
import { tmallAdapter } from '../../../src/adapters/tmall';

/** Runs inside Chromium on the heavy page: times extraction against a bare JSON.parse. */
function timeRuns(runs: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

(globalThis as unknown as { scrapeBench: unknown }).scrapeBench = (url: string, stateJson: string, runs: number) => {
  const page = { doc: document, url: new URL(url), now: new Date() };
  const snapshot = extractWith(tmallAdapter, page);
  return {
    skus: snapshot.skus.length,
    price: snapshot.price,
    extract: timeRuns(runs, () => extractWith(tmallAdapter, page)),
    jsonParse: timeRuns(runs, () => JSON.parse(stateJson)),
  };
};
