import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HEALTHY_HOST } from '../../../src/background/watch/host-health';
import { hostBook, progressBook } from '../../../src/background/watch/state-items';

describe('the checker’s memory', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not hand a watch the progress of an earlier watch that had its id', async () => {
    const earlier = { id: 5, createdAt: '2026-11-01T00:00:00.000Z' };
    await progressBook.set(earlier, { lastAvailable: false, lastPrice: 299, armedAt: '2026-11-02T00:00:00.000Z' });
    expect(await progressBook.get(earlier)).toEqual({ lastAvailable: false, lastPrice: 299, armedAt: '2026-11-02T00:00:00.000Z' });
    expect(await progressBook.get({ id: 5, createdAt: '2026-12-01T00:00:00.000Z' })).toBeNull();
  });

  it('keeps one record per host and lists them', async () => {
    await hostBook.set('item.jd.com', { ...HEALTHY_HOST, failures: 2 });
    await hostBook.set('item.taobao.com', HEALTHY_HOST);
    expect(Object.keys(await hostBook.all()).sort()).toEqual(['item.jd.com', 'item.taobao.com']);
    await hostBook.remove('item.jd.com');
    expect(await hostBook.get('item.jd.com')).toBeNull();
  });
});
