import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listNotifications,
  logNotification,
  notificationsOfWatch,
  RadarDatabase,
  wasNotified,
  type NewNotification,
} from '../../src/store';
import { freshDbName } from './snapshots';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const entry = (eventKey: string, sentAt: string, watchId: number | null = 1): NewNotification => ({
  watchId,
  productKey: 'jd:1',
  kind: 'restock',
  eventKey,
  title: '到货了 Back in stock',
  body: 'M 码有货',
  sentAt,
  url: 'https://item.jd.com/1.html',
});

describe('notification log', () => {
  it('logs an event once: a repeat of the same eventKey is refused', async () => {
    const first = await logNotification(db, entry('restock:jd:1:M', '2025-11-12T00:00:00.000Z'));
    expect(first?.id).toBeTypeOf('number');
    expect(await logNotification(db, entry('restock:jd:1:M', '2025-11-12T01:00:00.000Z'))).toBeNull();
    expect(await wasNotified(db, 'restock:jd:1:M')).toBe(true);
    expect(await wasNotified(db, 'restock:jd:1:L')).toBe(false);
    expect(await db.notifications.count()).toBe(1);
  });

  it('logs one of two racing checkers', async () => {
    const results = await Promise.all([1, 2, 3].map(() => logNotification(db, entry('price:jd:1:199', '2025-11-12T00:00:00.000Z'))));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('lists newest first and per watch oldest first', async () => {
    await logNotification(db, entry('a', '2025-11-12T00:00:00.000Z', 1));
    await logNotification(db, entry('b', '2025-11-14T00:00:00.000Z', 2));
    await logNotification(db, entry('c', '2025-11-13T00:00:00.000Z', 1));
    expect((await listNotifications(db)).map((n) => n.eventKey)).toEqual(['b', 'c', 'a']);
    expect((await listNotifications(db, 1)).map((n) => n.eventKey)).toEqual(['b']);
    expect((await notificationsOfWatch(db, 1)).map((n) => n.eventKey)).toEqual(['a', 'c']);
  });
});
