import { ALIBABA_LANDMARKS } from '../../../src/adapters/alibaba';
import { readIceState } from '../../../src/adapters/alibaba-current';
import { interpretReading } from '../../../src/adapters/interpret';
import { readProduct } from '../../../src/adapters/read';
import { readShownPrices } from '../../../src/adapters/shown-price';
import { tmallAdapter } from '../../../src/adapters/tmall';

/** Calls timed per sample: performance.now() is coarsened to 0.1 ms outside cross-origin isolation. */
const REPEATS = 5;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  for (let r = 0; r < REPEATS; r++) fn();
  return (performance.now() - t0) / REPEATS;
}

/**
 * Runs inside Chromium on the heavy page: each sample times the content script's reading (what the
 * shop's page pays) and a bare JSON.parse of the state back to back, taking turns at going first,
 * so a load that comes and goes weighs on both sides of a sample alike. Interpreting the reading's
 * texts, the background's part, is timed too, and so are two parts of the reading on their own: the
 * state (its extent found and parsed) and the check of the price the page shows, as the adapter
 * runs it (right or silent).
 */
(globalThis as unknown as { scrapeBench: unknown }).scrapeBench = (url: string, stateJson: string, runs: number, now: string) => {
  const page = { doc: document, url: new URL(url), now: new Date(now) };
  const reading = readProduct(tmallAdapter, page);
  const snapshot = interpretReading(structuredClone(reading));
  const extract: number[] = [];
  const jsonParse: number[] = [];
  const interpret: number[] = [];
  const state: number[] = [];
  const shownPrice: number[] = [];
  const hints = { title: snapshot.title, knownPrice: snapshot.price, currency: snapshot.currency, near: ALIBABA_LANDMARKS };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      extract.push(timed(() => readProduct(tmallAdapter, page)));
      jsonParse.push(timed(() => JSON.parse(stateJson)));
    } else {
      jsonParse.push(timed(() => JSON.parse(stateJson)));
      extract.push(timed(() => readProduct(tmallAdapter, page)));
    }
    interpret.push(timed(() => interpretReading(structuredClone(reading))) - timed(() => structuredClone(reading)));
    state.push(timed(() => readIceState(document)));
    shownPrice.push(timed(() => readShownPrices(document, hints)));
  }
  return {
    skus: snapshot.skus.length,
    price: snapshot.price,
    category: snapshot.category,
    extract,
    jsonParse,
    interpret,
    state,
    shownPrice,
  };
};
