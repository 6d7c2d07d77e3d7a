// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../src/adapters/types';

const sent = vi.hoisted(() => ({
  prices: [] as string[],
  answer: null as null | (() => void),
  /** Readings under way at once, and the most there ever were. */
  reading: 0,
  mostAtOnce: 0,
  /** Called at the reading's pause: what the page does while the reading waits. */
  duringPause: null as null | (() => void),
}));

// The reading is the shown price, read at its end after one pause; the background answers only when the test says.
vi.mock('../../src/adapters/read', () => ({
  readProductInTasks: async (_adapter: unknown, _page: unknown, pause: () => Promise<void>) => {
    sent.mostAtOnce = Math.max(sent.mostAtOnce, ++sent.reading);
    await pause();
    const during = sent.duringPause;
    sent.duringPause = null;
    during?.();
    await pause();
    sent.reading--;
    return { snapshot: { price: document.querySelector('#priceSale')?.textContent ?? '', skus: [] }, texts: null };
  },
}));
vi.mock('../../src/messaging/content-messages', () => ({
  contentMessaging: {
    sendMessage: (_type: string, text: string) => {
      sent.prices.push((JSON.parse(text) as { snapshot: { price: string } }).snapshot.price);
      return new Promise((resolve) => (sent.answer = () => resolve({ ok: true, observations: 1 })));
    },
  },
}));

const { runProductPage } = await import('../../src/content/product-page');

const adapter = { readySelector: '#priceSale', matchesUrl: () => true } as unknown as SiteAdapter;

describe('runProductPage', () => {
  afterEach(() => {
    sent.prices = [];
    sent.answer = null;
    sent.mostAtOnce = 0;
  });

  it('reads again when the page shows its live price while the first reading is being stored', async () => {
    document.body.innerHTML = '<span id="priceSale">¥309.00</span>';
    const controller = new AbortController();
    const running = runProductPage(adapter, { signal: controller.signal });
    await vi.waitFor(() => expect(sent.prices).toEqual(['¥309.00']));
    // An H5 page refreshes its price a moment after load, before the background has answered.
    document.querySelector('#priceSale')!.textContent = '¥299.00';
    sent.answer!();
    await running;
    await vi.waitFor(() => expect(sent.prices).toEqual(['¥309.00', '¥299.00']), { timeout: 2000 });
    controller.abort();
  });

  it('reads one reading at a time, and once more when the page changed during one', async () => {
    document.body.innerHTML = '<span id="priceSale">¥309.00</span>';
    const controller = new AbortController();
    // The price changes twice while the first reading pauses: one more reading follows, not two at once.
    sent.duringPause = () => {
      document.querySelector('#priceSale')!.textContent = '¥305.00';
      queueMicrotask(() => (document.querySelector('#priceSale')!.textContent = '¥299.00'));
    };
    void runProductPage(adapter, { signal: controller.signal });
    await vi.waitFor(() => expect(sent.prices).toHaveLength(1));
    sent.answer!();
    await vi.waitFor(() => expect(sent.prices).toHaveLength(2), { timeout: 2000 });
    sent.answer!();
    expect(sent.prices.at(-1)).toBe('¥299.00');
    expect(sent.mostAtOnce).toBe(1);
    controller.abort();
  });
});
