// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { waitForSelector, watchElementText } from '../../src/content/wait-for';

describe('waitForSelector', () => {
  it('resolves with the element once it exists and has text', async () => {
    document.body.innerHTML = '<span class="price"></span>';
    setTimeout(() => (document.querySelector('.price')!.textContent = '199.00'), 30);
    const found = await waitForSelector(document, '.price', { intervalMs: 10, timeoutMs: 1000 });
    expect(found?.textContent).toBe('199.00');
  });

  it('gives up with null after the timeout, so a page without a price is still read', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<span class="other"></span>';
      let settled: Element | null | undefined;
      void waitForSelector(document, '.price', { intervalMs: 10, timeoutMs: 80 }).then((found) => (settled = found));
      await vi.advanceTimersByTimeAsync(70);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(20);
      expect(settled).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at once when aborted', async () => {
    document.body.innerHTML = '';
    const controller = new AbortController();
    const pending = waitForSelector(document, '.price', { intervalMs: 10, timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    expect(await pending).toBeNull();
  });
});

describe('watchElementText', () => {
  it('calls back once per settled change of the text, and not after stopping', async () => {
    document.body.innerHTML = '<span class="price">199.00</span>';
    const el = document.querySelector('.price')!;
    let calls = 0;
    const stop = watchElementText(el, () => calls++, 20);
    el.textContent = '189.00';
    el.textContent = '179.00';
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(1);
    stop();
    el.textContent = '169.00';
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(1);
  });
});
