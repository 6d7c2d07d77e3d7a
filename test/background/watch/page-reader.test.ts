import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offscreenMessaging } from '../../../src/background/watch/offscreen-protocol';
import { offscreenReader } from '../../../src/background/watch/page-reader';
import { readProductHtml } from '../../../src/background/watch/read-html';
import { hoodie } from '../../shop/catalog';
import { renderJdItemPage } from '../../shop/templates/jd';
import { parser } from './harness';

/**
 * The offscreen document, simulated in the test's own context. As in Chromium, it counts as existing
 * as soon as creation starts, and listens only once its script has run (here: after a delay).
 */
function fakeOffscreen() {
  let open = false;
  const createDocument = vi.fn(async () => {
    if (open) throw new Error('Only a single offscreen document may be created.');
    open = true;
    await new Promise((r) => setTimeout(r, 20));
    offscreenMessaging.onMessage('readProductHtml', ({ data }) => readProductHtml(parser, data));
  });
  const closeDocument = vi.fn(async () => {
    open = false;
    offscreenMessaging.removeAllListeners();
  });
  Object.assign(fakeBrowser.offscreen, { createDocument, closeDocument });
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [])) });
  return { createDocument, closeDocument, isOpen: () => open };
}

const input = {
  html: renderJdItemPage(hoodie(), { skuId: '100038004354' }),
  url: 'https://item.jd.com/100038004354.html',
  now: '2026-11-20T02:00:00.000Z',
};

describe('offscreenReader', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    offscreenMessaging.removeAllListeners();
  });

  it('creates one document for reads that start together, and each waits until it listens', async () => {
    const offscreen = fakeOffscreen();
    const reader = offscreenReader();
    const first = reader.read(input);
    // The second read starts while the document exists but its script has not run yet.
    await new Promise((r) => setTimeout(r, 5));
    const results = await Promise.all([first, reader.read(input), reader.read(input)]);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.ok && r.snapshot.itemId)).toEqual(['100038004354', '100038004354', '100038004354']);
  });

  it('closes the document on release and opens a new one for the next round', async () => {
    const offscreen = fakeOffscreen();
    const reader = offscreenReader();
    await reader.read(input);
    await reader.release();
    expect(offscreen.isOpen()).toBe(false);
    expect((await reader.read(input)).ok).toBe(true);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(2);
  });

  it('tries again after a failed creation instead of keeping the failure', async () => {
    const offscreen = fakeOffscreen();
    offscreen.createDocument.mockImplementationOnce(async () => {
      throw new Error('busy');
    });
    const reader = offscreenReader();
    await expect(reader.read(input)).rejects.toThrow('busy');
    expect((await reader.read(input)).ok).toBe(true);
  });
});
