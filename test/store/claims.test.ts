import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookUpProduct } from '../../src/background/product-view';
import { emptySignals } from '../../src/core/types';
import { claimSightingsFor, deleteAllData, ingestSnapshot, RadarDatabase } from '../../src/store';
import { freshDbName, makeSnapshot } from './snapshots';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

/** One product page showing a shop claim, read at a moment. */
const page = (itemId: string, claim: string | null, capturedAt: string, shop = '某美妆旗舰店') =>
  makeSnapshot({
    itemId,
    url: `https://item.jd.com/${itemId}.html`,
    shop,
    capturedAt,
    category: 'cosmetics',
    expiry: { expiresOn: '2028-01' },
    signals: { ...emptySignals(), socialProofText: claim },
  });

describe('claim sightings (schema version 7)', () => {
  it('keeps each product and figure once, with its first and last sighting, and nothing for pages without claims', async () => {
    await ingestSnapshot(db, page('1', '87%的用户换购了', '2025-11-10T02:00:00.000Z'), { events: [] });
    await ingestSnapshot(db, page('1', '87%的用户换购了', '2025-11-12T02:00:00.000Z'), { events: [] });
    await ingestSnapshot(db, page('2', '已售 2000+', '2025-11-12T02:00:00.000Z'), { events: [] });
    expect(await db.claimSightings.toArray()).toEqual([
      {
        productKey: 'jd:1',
        figure: 'share:87',
        where: 'product',
        shop: '某美妆旗舰店',
        text: '87%的用户换购了',
        firstSeenAt: '2025-11-10T02:00:00.000Z',
        lastSeenAt: '2025-11-12T02:00:00.000Z',
      },
    ]);
  });

  it('hands the rule the same figure seen on other products, and the product view flags it as made up', async () => {
    await ingestSnapshot(db, page('1', '87%的用户换购了', '2025-11-10T02:00:00.000Z', '甲店'), { events: [] });
    await ingestSnapshot(db, page('2', '87%的用户选择了', '2025-11-11T02:00:00.000Z', '乙店'), { events: [] });
    await ingestSnapshot(db, page('3', '86%的用户换购了', '2025-11-11T02:00:00.000Z'), { events: [] });
    const current = page('4', '87%的用户换购了', '2025-11-12T02:00:00.000Z');
    await ingestSnapshot(db, current, { events: [] });
    expect((await claimSightingsFor(db, current)).map((s) => s.productKey).sort()).toEqual(['jd:1', 'jd:2', 'jd:4']);

    const found = await lookUpProduct(
      db,
      { site: 'jd', itemId: '4' },
      {
        events: async () => [],
        profile: async () => ({ sizes: {} }),
        lang: async () => 'zh',
        now: () => new Date('2025-11-12T02:00:00.000Z'),
      },
    );
    expect(found.status === 'found' && found.view.traps.find((t) => t.id === 'social-proof')).toMatchObject({
      severity: 'warn',
      evidence: { otherProducts: 2, claimFigure: 87 },
    });
  });

  it('is emptied by "delete all data"', async () => {
    await ingestSnapshot(db, page('1', '87%的用户换购了', '2025-11-10T02:00:00.000Z'), { events: [] });
    await deleteAllData(db);
    expect(await db.claimSightings.count()).toBe(0);
  });
});
