import type { NotificationRow, RadarDatabase } from './db';

export type LoggedNotification = NotificationRow & { id: number };
export type NewNotification = Omit<NotificationRow, 'id'>;

/**
 * Logs a notification unless one with the same `eventKey` was logged before: the log is the
 * dedupe record, so check-and-add run in one transaction and two checkers racing on the same
 * event log (and should send) it once. Returns the entry when it is new, null when it is a repeat.
 */
export async function logNotification(db: RadarDatabase, entry: NewNotification): Promise<LoggedNotification | null> {
  return db.transaction('rw', db.notifications, async () => {
    if ((await db.notifications.where('eventKey').equals(entry.eventKey).count()) > 0) return null;
    const id = (await db.notifications.add({ ...entry })) as number;
    return { ...entry, id };
  });
}

export async function wasNotified(db: RadarDatabase, eventKey: string): Promise<boolean> {
  return (await db.notifications.where('eventKey').equals(eventKey).count()) > 0;
}

/** The newest entries first. */
export async function listNotifications(db: RadarDatabase, limit = 100): Promise<LoggedNotification[]> {
  return (await db.notifications.orderBy('sentAt').reverse().limit(limit).toArray()) as LoggedNotification[];
}

export async function notificationsOfWatch(db: RadarDatabase, watchId: number): Promise<LoggedNotification[]> {
  const rows = await db.notifications.where('watchId').equals(watchId).toArray();
  return (rows as LoggedNotification[]).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}
