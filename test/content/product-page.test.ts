// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../src/adapters/types';

const sent = vi.hoisted(() => ({ prices: [] as string[], answer: null as null | (() => void) }));

// The reading is the shown price; the background answers only when the test says.
vi.mock('../../src/adapters/extract', () => ({
  extractWith: () => ({ price: document.querySelector('#priceSale')?.textContent ?? '' }),
}));
vi.mock('../../src/messaging/content-messages', () => ({
  contentMessaging: {
    sendMessage: (_type: string, snapshot: { price: string }) => {
      sent.prices.push(snapshot.price);
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
});
