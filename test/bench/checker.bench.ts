import { askBackground } from '../e2e/ask-background';
import { importBackupText } from '../e2e/backup-files';
import { createServer } from 'node:net';
import { DOMParser } from 'linkedom';
import type { Browser } from 'wxt/browser';
import { readProductHtml, type HtmlParser } from '../../src/background/watch/read-html';
import { jdPriceRequest } from '../../src/background/watch/site-checks';
import type { CheckRoundSummary, WatchResult } from '../../src/messaging/watch-messages';
import { launchWithExtension } from '../e2e/browser';
import { TEST_NOW } from '../clock';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import type { LiveProduct } from '../shop/types';
import { step, type BenchContext, type Metrics } from './context';
import { backupOfVisits } from './seed-backup';

/**
 * One round of background checks over 200 watched products, in the built extension in Chromium:
 * 200 product pages and 200 price-service answers fetched by the service worker from the fixture
 * shop over HTTPS, parsed in the offscreen document, stored and compared with the watches.
 *
 * `checker.cycle200.ms` measures the checker, not its manners: the per-host minimum gap is set to
 * 0 for the run (at most 2 requests per host in flight still holds). With the shipped 1.5 s gap a
 * round of 200 pages on one host takes at least 200 × 1.5 s = 5 minutes, spread on purpose.
 * `checker.peakMemoryMB` is the peak JS heap in use in the service worker plus the offscreen
 * document during the round, sampled through the DevTools protocol every 25 ms.
 */
declare const chrome: typeof Browser;

const PRODUCTS = 200;
const RESTOCKED = 20;

function catalogue(): LiveProduct[] {
  return Array.from({ length: PRODUCTS }, (_, i) => {
    const base = 300000000 + i * 10;
    const p = hoodie();
    p.itemId = String(base);
    p.title = `${p.title} #${i + 1}`;
    p.skus = p.skus.map((s, k) => ({ ...s, skuId: String(base + k) }));
    return p;
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** How long one DevTools call may take before the sample counts it as nothing. */
const PROTOCOL_TIMEOUT_MS = 2_000;

/**
 * Sums `Runtime.getHeapUsage` over the extension's worker and offscreen document while running.
 * The offscreen document closes when a round ends: a question sent to a socket that closed is
 * never answered, so each one resolves on its answer, the socket's close or a deadline, whichever
 * comes first (a sampler that waited for the answer alone once hung the benchmark for ten minutes).
 */
function heapSampler(port: number, extensionId: string) {
  const sockets = new Map<string, WebSocket>();
  let nextId = 1;
  let peak = 0;
  let running = true;

  async function usedBytes(ws: WebSocket): Promise<number> {
    if (ws.readyState !== WebSocket.OPEN) return 0;
    const id = nextId++;
    return new Promise((resolve) => {
      const finish = (bytes: number) => {
        clearTimeout(timer);
        ws.removeEventListener('message', onMessage);
        ws.removeEventListener('close', onClose);
        resolve(bytes);
      };
      const onMessage = (event: MessageEvent) => {
        const reply = JSON.parse(String(event.data)) as { id?: number; result?: { usedSize?: number } };
        if (reply.id === id) finish(reply.result?.usedSize ?? 0);
      };
      const onClose = () => finish(0);
      const timer = setTimeout(() => finish(0), PROTOCOL_TIMEOUT_MS);
      ws.addEventListener('message', onMessage);
      ws.addEventListener('close', onClose);
      ws.send(JSON.stringify({ id, method: 'Runtime.getHeapUsage' }));
    });
  }

  async function attachNewTargets(): Promise<void> {
    const listing = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(PROTOCOL_TIMEOUT_MS) });
    const targets = (await listing.json()) as Array<{ id: string; url: string; webSocketDebuggerUrl?: string }>;
    for (const t of targets) {
      const ours =
        t.url.startsWith(`chrome-extension://${extensionId}/background.js`) ||
        t.url.startsWith(`chrome-extension://${extensionId}/offscreen.html`);
      if (!ours || !t.webSocketDebuggerUrl || sockets.has(t.id)) continue;
      const ws = new WebSocket(t.webSocketDebuggerUrl);
      await step(
        `the DevTools socket of ${t.url} to open`,
        PROTOCOL_TIMEOUT_MS,
        new Promise((resolve, reject) => {
          ws.addEventListener('open', resolve, { once: true });
          ws.addEventListener('error', reject, { once: true });
        }),
      ).catch((error: unknown) => {
        ws.close();
        throw error;
      });
      ws.addEventListener('close', () => sockets.delete(t.id));
      sockets.set(t.id, ws);
    }
  }

  const loop = (async () => {
    while (running) {
      await attachNewTargets().catch(() => {});
      const sizes = await Promise.all([...sockets.values()].map((ws) => usedBytes(ws)));
      peak = Math.max(
        peak,
        sizes.reduce((a, b) => a + b, 0),
      );
      await new Promise((r) => setTimeout(r, 25));
    }
  })();

  return {
    async stop(): Promise<number> {
      running = false;
      await step('the heap sampler to stop', 3 * PROTOCOL_TIMEOUT_MS, loop);
      for (const ws of sockets.values()) ws.close();
      return peak / (1024 * 1024);
    },
  };
}

/** Seeding 200 products, one round and two browser starts, with room for a busy machine. */
export const budgetMs = 120_000;

export default async function checkerBench(ctx: BenchContext): Promise<Metrics> {
  const shop = new FixtureShop();
  const products = catalogue();
  for (const p of products) shop.addLive(p);
  const port = await freePort();
  const session = await step(
    'Chromium with the extension to start',
    30_000,
    launchWithExtension(shop, { backgroundFetches: true, extraArgs: [`--remote-debugging-port=${port}`] }),
  );
  const close = ctx.defer(() => session.close());
  try {
    const page = await step('an extension page to open', 10_000, session.extensionPage());

    // What the shopper's visits would have stored: each product as its content script reads it,
    // restored as a backup through the options page (extension pages may not send ingestSnapshot).
    const parser = new DOMParser() as unknown as HtmlParser;
    const now = new Date(TEST_NOW).toISOString();
    const snapshots = products.map((p) => {
      const url = `https://item.jd.com/${p.itemId}.html`;
      const read = readProductHtml(parser, { html: String(shop.handle(url)!.body), url, now });
      if (!read.ok) throw new Error(read.error);
      jdPriceRequest(p.itemId).apply(read.snapshot, String(shop.handle(`https://p.3.cn/prices/mgets?skuIds=J_${p.itemId}`)!.body));
      return read.snapshot;
    });
    const restored = await step(`a backup of ${PRODUCTS} products to be restored through the options page`, 40_000, async () =>
      importBackupText(session, await backupOfVisits(snapshots, new Date(TEST_NOW))),
    );
    if (!restored.ok) throw new Error(`the backup was refused: ${restored.status}`);
    await step(`${PRODUCTS} products to be watched`, 40_000, async () => {
      for (const p of products) {
        const made = await askBackground<WatchResult>(page, 'createWatch', {
          kind: 'restock',
          productKey: `jd:${p.itemId}`,
          skuId: p.skus[1]!.skuId,
        });
        if (!made.ok) throw new Error(made.message);
      }
    });
    for (const p of products.slice(0, RESTOCKED)) shop.setStock('jd', p.itemId, p.skus[1]!.skuId, 8);
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ 'watch.politeness': { maxConcurrent: 2, minGapMs: 0 } }));

    const sampler = heapSampler(port, session.extensionId);
    let peakMB = 0;
    const started = performance.now();
    let round: CheckRoundSummary;
    let cycleMs: number;
    try {
      round = await step(`one check round over ${PRODUCTS} watches`, 60_000, askBackground<CheckRoundSummary>(page, 'checkWatchesNow'));
      cycleMs = performance.now() - started;
    } finally {
      peakMB = await sampler.stop();
    }
    if (round.checked !== PRODUCTS || round.alerts !== RESTOCKED)
      throw new Error(`the round did not do what was asked: ${JSON.stringify(round)}`);
    console.log(
      `  ${round.checked} watches checked, ${round.alerts} restock alerts, ${(cycleMs / PRODUCTS).toFixed(1)} ms per product; peak heap ${peakMB.toFixed(1)} MB`,
    );
    return {
      'checker.cycle200.ms': { value: cycleMs, unit: 'ms', goal: 20_000, better: 'lower' },
      'checker.peakMemoryMB': { value: peakMB, unit: 'MB', goal: 50, better: 'lower' },
    };
  } finally {
    await step('Chromium with the extension to close', 15_000, close());
  }
}
