import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleIngest } from '../../src/background/ingest-message';
import { RadarDatabase } from '../../src/store';
import { freshDbName, makeSnapshot } from '../store/snapshots';
import { readingText } from '../../src/core/reading-text';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date('2026-11-20T04:00:00.000Z');
const context = { events: async () => [], now: () => NOW };

describe('a content script’s reading, in the background', () => {
  it('is interpreted there: shelf life, category, signals and offers from the page’s texts', async () => {
    const snapshot = makeSnapshot({ title: '坚果礼盒 1kg', category: 'other', expiry: null, offers: [], capturedAt: NOW.toISOString() });
    const texts = {
      expiry: [
        { source: 'the parameter list', lines: ['保质期：180天'] },
        { source: 'the spec table', lines: ['生产日期：2026-09-01'] },
      ],
      categoryPath: ['食品饮料', '休闲食品'],
      breadcrumbs: ['食品饮料', '休闲食品', '坚果炒货'],
      signalText: '仅剩3件 不支持7天无理由退货',
      offerText: '满199减20',
    };
    expect(await handleIngest(db, readingText({ snapshot, texts }), context)).toMatchObject({ ok: true });
    const stored = (await db.products.get('jd:100038004353'))!.snapshot;
    expect(stored.category).toBe('food');
    expect(stored.expiry).toEqual({ shelfLife: { value: 180, unit: 'day' }, producedFrom: '2026-09-01', producedTo: '2026-09-01' });
    expect(stored.signals).toMatchObject({ lowStockText: expect.stringContaining('仅剩3件'), returnPolicy: 'no-7day' });
    expect(stored.offers).toEqual([expect.objectContaining({ kind: 'threshold', threshold: 199, discount: 20 })]);
  });

  it('with no texts, still says what stayed unread', async () => {
    const snapshot = makeSnapshot({ title: null, capturedAt: NOW.toISOString() });
    expect(await handleIngest(db, readingText({ snapshot, texts: null }), context)).toMatchObject({ ok: true });
    expect((await db.products.get('jd:100038004353'))!.snapshot.warnings).toContain('title not found');
  });
});

describe('what a content script may send as its reading', () => {
  it.each([
    ['an object instead of text', { snapshot: makeSnapshot(), texts: null }, /not JSON text/],
    ['text that is not JSON', '{"snapshot":', /not JSON text/],
    ['JSON of something else', JSON.stringify({ site: 'jd' }), /^invalid reading at snapshot/],
    ['far too much text', `"${'x'.repeat(8_000_001)}"`, /longer than/],
  ])('refuses %s, storing nothing', async (_what, input, error) => {
    expect(await handleIngest(db, input, context)).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await db.products.count()).toBe(0);
  });
});
