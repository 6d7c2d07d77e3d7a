import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleIngest } from '../../src/background/ingest-message';
import { isQuotaError } from '../../src/background/storage-pressure';
import { getPriceHistory, ingestSnapshot, listNotifications, RadarDatabase, recordCartAdd } from '../../src/store';
import { freshDbName, makeSnapshot, TEST_DOUBLE11 } from '../store/snapshots';
import { readingText } from '../../src/core/reading-text';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const EVENTS = [TEST_DOUBLE11];
const NOW = new Date('2025-12-21T00:00:00.000Z');
const context = { events: async () => EVENTS, now: () => NOW };
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function history(itemId: string, days: string[]): Promise<void> {
  for (const [i, day] of days.entries())
    await ingestSnapshot(db, makeSnapshot({ itemId, capturedAt: `${day}T04:00:00.000Z`, price: 300 - i }), { events: EVENTS });
}
const prices = async (itemId: string) => (await getPriceHistory(db, `jd:${itemId}`)).map((p) => p.at.slice(0, 10));

describe('storage pressure during ingest', () => {
  beforeEach(async () => {
    await history('old', ['2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2025-11-05']);
    await history('carted', ['2025-05-01', '2025-06-01']);
    await recordCartAdd(
      db,
      { product: { key: { site: 'jd', itemId: 'carted' } }, skuId: null, quantity: 1, price: 1, at: '2025-11-05T12:00:00+08:00' },
      EVENTS,
    );
  });

  it('prunes old history, tells the shopper and stores the snapshot on the second try', async () => {
    vi.spyOn(db.productQuarters, 'put').mockRejectedValueOnce(quotaError());
    const result = await handleIngest(
      db,
      readingText({ snapshot: makeSnapshot({ itemId: 'new', capturedAt: NOW.toISOString() }), texts: null }),
      context,
    );
    expect(result).toEqual({ ok: true, observations: 1 });
    expect(await prices('new')).toEqual(['2025-12-21']);
    expect(await prices('old')).toEqual(['2025-07-01', '2025-08-01', '2025-11-05']);
    expect(await prices('carted')).toEqual(['2025-05-01', '2025-06-01']);
    const [notice] = await listNotifications(db);
    expect(notice).toMatchObject({ kind: 'storage-pruned', productKey: null, watchId: null, sentAt: NOW.toISOString() });
    expect(notice?.body).toContain('2 条最旧价格记录');
    expect(notice?.body).toContain('cart items, watches and promo prices are kept');
  });

  it('retries once only: a second quota error is reported and nothing half-written stays', async () => {
    vi.spyOn(db.productQuarters, 'put').mockRejectedValue(quotaError());
    const result = await handleIngest(
      db,
      readingText({ snapshot: makeSnapshot({ itemId: 'new', capturedAt: NOW.toISOString() }), texts: null }),
      context,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('quota');
    expect(await db.products.get('jd:new')).toBeUndefined();
  });

  it('does not prune for other errors', async () => {
    vi.spyOn(db.productQuarters, 'put').mockRejectedValueOnce(new Error('something else'));
    const result = await handleIngest(
      db,
      readingText({ snapshot: makeSnapshot({ itemId: 'new', capturedAt: NOW.toISOString() }), texts: null }),
      context,
    );
    expect(result).toEqual({ ok: false, error: 'could not store the snapshot: something else' });
    expect(await prices('old')).toHaveLength(5);
    expect(await listNotifications(db)).toEqual([]);
  });

  it('refuses a snapshot that is not one', async () => {
    expect(await handleIngest(db, JSON.stringify({ site: 'jd' }), context)).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid reading'),
    });
  });
});

describe('isQuotaError', () => {
  it.each([
    [quotaError(), true],
    [{ name: 'AbortError', inner: quotaError() }, true],
    [{ name: 'AbortError', cause: { name: 'QuotaExceededError' } }, true],
    [new Error('QuotaExceededError'), false],
    [{ name: 'AbortError', inner: null }, false],
    [null, false],
    ['QuotaExceededError', false],
  ])('%o -> %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
