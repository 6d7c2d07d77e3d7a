import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../e2e/browser';

export interface Metric {
  value: number;
  unit: string;
  goal: number;
  better: 'lower' | 'higher';
}
export type Metrics = Record<string, Metric>;

/** What a benchmark module gets: real Chromium and a way to run project code inside it. */
export interface BenchContext {
  /** A fresh page on a plain http://127.0.0.1 origin (its own IndexedDB, no extension). */
  newPage(): Promise<Page>;
  /** Bundles a TypeScript entry (and what it imports) into one script for `page.addScriptTag`. */
  bundle(entry: string): Promise<string>;
  /** Chromium's executable, for modules that launch their own context (e.g. with the extension). */
  chromiumPath: string;
  /** Prints a table for reading (e.g. how costs grow with the store) and keeps it for .bench/results.json. */
  table(name: string, rows: Array<Record<string, string | number>>): void;
  /** The tables printed so far, by name. */
  tables: Record<string, Array<Record<string, string | number>>>;
  /**
   * Registers a browser (or anything) to close when the module ends, also when it ran out of
   * time: a module cut off by its deadline would otherwise go on using the machine under the next.
   * Returns the closer, which closes once however often it is called.
   */
  defer(close: () => Promise<void>): () => Promise<void>;
  /** Runs and forgets what `defer` registered (run.ts, after each module). */
  closeDeferred(): Promise<void>;
}

/** A bench module: `export default async function (ctx) { return { 'area.metric': {...} } }`. */
export type BenchModule = (ctx: BenchContext) => Promise<Metrics>;

/**
 * Runs one step of a benchmark with a deadline: a step that does not finish in `ms` rejects with
 * an error naming it, so a stuck browser or message is reported instead of hanging the run.
 */
export async function step<T>(what: string, ms: number, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([typeof work === 'function' ? work() : work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function openBenchContext(): Promise<BenchContext & { close(): Promise<void> }> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html;charset=utf-8' });
    res.end('<!doctype html><meta charset="utf-8"><title>bench</title><body></body>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  let pages = 0;
  const tables: BenchContext['tables'] = {};
  let deferred: Array<() => Promise<void>> = [];
  return {
    chromiumPath,
    tables,
    defer(close) {
      let closing: Promise<void> | undefined;
      const once = () => (closing ??= close());
      deferred.push(once);
      return once;
    },
    async closeDeferred() {
      const closing = deferred;
      deferred = [];
      await Promise.all(closing.map((close) => step('closing what a benchmark left open', 15_000, close()).catch(() => {})));
    },
    table(name, rows) {
      tables[name] = rows;
      console.log(`  ${name}:`);
      console.table(rows);
    },
    async newPage() {
      // A separate context per page: each starts with an empty IndexedDB.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${++pages}`);
      return page;
    },
    async bundle(entry) {
      const out = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        minify: !process.env.BENCH_NO_MINIFY,
        logLevel: 'silent',
      });
      return out.outputFiles[0]!.text;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
