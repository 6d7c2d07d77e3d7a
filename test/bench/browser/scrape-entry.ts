import { extractWith } from '../../../src/adapters/extract';
import { tmallAdapter } from '../../../src/adapters/tmall';

/** Calls timed per sample: performance.now() is coarsened to 0.1 ms outside cross-origin isolation. */
const REPEATS = 5;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  for (let r = 0; r < REPEATS; r++) fn();
  return (performance.now() - t0) / REPEATS;
}

/**
 * Runs inside Chromium on the heavy page: each sample times extraction and a bare JSON.parse of
 * the state back to back, taking turns at going first, so a load that comes and goes weighs on
 * both sides of a sample alike.
 */
(globalThis as unknown as { scrapeBench: unknown }).scrapeBench = (url: string, stateJson: string, runs: number, now: string) => {
  const page = { doc: document, url: new URL(url), now: new Date(now) };
  const snapshot = extractWith(tmallAdapter, page);
  const extract: number[] = [];
  const jsonParse: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      extract.push(timed(() => extractWith(tmallAdapter, page)));
      jsonParse.push(timed(() => JSON.parse(stateJson)));
    } else {
      jsonParse.push(timed(() => JSON.parse(stateJson)));
      extract.push(timed(() => extractWith(tmallAdapter, page)));
    }
  }
  return { skus: snapshot.skus.length, price: snapshot.price, extract, jsonParse };
};
