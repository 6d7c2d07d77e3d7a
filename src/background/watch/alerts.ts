/**
 * Raising alerts: the notification log dedupes events (one entry per event key), quiet hours hold
 * system notifications until they end, and a click opens the product page. Chromium gets the rich
 * form with buttons; Firefox supports only the plain 'basic' form without buttons.
 */
import { CLAIM_PAGE_HOSTS } from '../../protect';
import type { Browser } from 'wxt/browser';
import type { AlertKind, AlertView } from '../../messaging/watch-messages';
import { listNotifications, logNotification, setWatchStatus, type LoggedNotification, type RadarDatabase } from '../../store';
import alertIconUrl from './alert-icon.png';
import type { Lang } from '../../core/lang';
import { composeAlert, heldNote, type AlertFacts } from './alert-text';
import { SITE_HOSTS } from '../../core/hosts';
import { SITES, type Site } from '../../core/types';
import { unfetchable } from './fetch-guard';
import { quietHoursEnd } from './quiet-hours';
import { checkPlanFor } from './site-checks';
import type { WatchSettings } from './settings';
import { heldAlertsItem } from './state-items';

export const QUIET_END_ALARM = 'watch-quiet-end';
const NOTIFICATION_PREFIX = 'fanchang-alert:';

export type NotificationForm = 'rich' | 'plain';

export interface AlertDraft {
  kind: AlertKind;
  eventKey: string;
  watchId: number | null;
  productKey: string | null;
  /** What a click opens. */
  url: string | null;
  facts: AlertFacts;
}

export type RaiseResult = 'sent' | 'held' | 'muted' | 'duplicate';

export interface AlertDeps {
  db: RadarDatabase;
  notifications: Pick<typeof Browser.notifications, 'create' | 'clear'>;
  alarms: Pick<typeof Browser.alarms, 'create'>;
  tabs: Pick<typeof Browser.tabs, 'create'>;
  form: NotificationForm;
  settings: () => Promise<WatchSettings>;
  now: () => Date;
}

export function notificationIdOf(logId: number): string {
  return `${NOTIFICATION_PREFIX}${logId}`;
}

export function logIdOf(notificationId: string): number | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const id = Number(notificationId.slice(NOTIFICATION_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}

const BUTTONS: Record<Lang, { open: string; pause: string; claim: string }> = {
  zh: { open: '打开商品页', pause: '暂停这个提醒', claim: '打开申请页' },
  en: { open: 'Open the product page', pause: 'Pause this watch', claim: 'Open the claim page' },
};

export function notificationOptions(
  entry: Pick<LoggedNotification, 'title' | 'body' | 'watchId'> & Partial<Pick<LoggedNotification, 'kind'>>,
  form: NotificationForm,
  lang: Lang,
  note = '',
): Browser.notifications.NotificationCreateOptions {
  const plain = { type: 'basic' as const, iconUrl: alertIconUrl, title: entry.title, message: `${entry.body}${note}` };
  if (form === 'plain') return plain;
  // A claim alert's page is the claim page, and pausing the purchase's own watch would stop the claim.
  const claim = entry.kind === 'price-protect';
  const buttons = [
    { title: claim ? BUTTONS[lang].claim : BUTTONS[lang].open },
    ...(entry.watchId !== null && !claim ? [{ title: BUTTONS[lang].pause }] : []),
  ];
  return { ...plain, contextMessage: lang === 'zh' ? '返场雷达' : 'Fanchang Radar', priority: 1, buttons };
}

function topicEnabled(kind: AlertKind, settings: WatchSettings): boolean {
  return kind === 'restock' || kind === 'price' || kind === 'fanchang' ? settings.notify[kind] : true;
}

/**
 * Logs the event (once: a repeat of a logged event key is dropped) and shows it now, or after the
 * quiet hours, or not at all when the shopper turned that kind of alert off. The log keeps every
 * alert for the history either way.
 */
export async function raiseAlert(deps: AlertDeps, draft: AlertDraft): Promise<RaiseResult> {
  const settings = await deps.settings();
  const now = deps.now();
  const text = composeAlert(draft.facts, settings.lang, settings.timeZone);
  const logged = await logNotification(deps.db, {
    watchId: draft.watchId,
    productKey: draft.productKey,
    // The log's kinds are the store's; '返场 started' and 'host paused' entries are this feature's.
    kind: draft.kind,
    eventKey: draft.eventKey,
    title: text.title,
    body: text.message,
    sentAt: now.toISOString(),
    url: draft.url,
  });
  if (!logged) return 'duplicate';
  if (!topicEnabled(draft.kind, settings)) return 'muted';
  const quietEnd = quietHoursEnd(now, settings.quietHours, settings.timeZone);
  if (quietEnd) {
    await heldAlertsItem.setValue([...(await heldAlertsItem.getValue()), logged.id]);
    await deps.alarms.create(QUIET_END_ALARM, { when: quietEnd.getTime() });
    return 'held';
  }
  await deps.notifications.create(notificationIdOf(logged.id), notificationOptions(logged, deps.form, settings.lang));
  return 'sent';
}

/**
 * Sends what quiet hours held, each with the time it was found. Called when the quiet-end alarm
 * fires and when the background starts (the alarm may have fired while the browser was closed).
 */
export async function releaseHeldAlerts(deps: AlertDeps): Promise<number> {
  const held = await heldAlertsItem.getValue();
  if (held.length === 0) return 0;
  const settings = await deps.settings();
  const quietEnd = quietHoursEnd(deps.now(), settings.quietHours, settings.timeZone);
  if (quietEnd) {
    await deps.alarms.create(QUIET_END_ALARM, { when: quietEnd.getTime() });
    return 0;
  }
  await heldAlertsItem.setValue([]);
  const rows = (await deps.db.notifications.bulkGet(held)).filter((r): r is LoggedNotification => r !== undefined);
  for (const row of rows) {
    const note = heldNote(new Date(row.sentAt), settings.lang, settings.timeZone);
    await deps.notifications.create(notificationIdOf(row.id), notificationOptions(row, deps.form, settings.lang, note));
  }
  return rows.length;
}

/**
 * A click on the notification (or its first button, or the alert in the popup's history) opens the
 * page it is about and clears the notification.
 */
export async function openAlert(deps: AlertDeps, logId: number): Promise<boolean> {
  const row = await deps.db.notifications.get(logId);
  await deps.notifications.clear(notificationIdOf(logId));
  const url = row ? alertPage(row) : null;
  if (!url) return false;
  await deps.tabs.create({ url, active: true });
  return true;
}

/**
 * The page an alert opens, whatever address its row holds (a restored backup chose it): its
 * product's page on that product's own site, or for an alert about no product, an https page of a
 * built-in shop. Anything else opens nothing.
 */
export function alertPage(row: { productKey: string | null; url: string | null; kind?: string }): string | null {
  // A price-protection alert opens the platform's claim page (or the order's own page there).
  if (row.kind === 'price-protect' && row.url && isClaimPage(row.url)) return row.url;
  const [site, ...rest] = (row.productKey ?? '').split(':');
  const itemId = rest.join(':');
  if (SITES.includes(site as Site) && itemId) {
    const product = { site: site as Site, itemId };
    if (row.url && unfetchable(row.url, product) === null) return row.url;
    return site === 'schema-org' ? null : checkPlanFor({ ...product, skuId: null, url: '' }).pageUrl;
  }
  if (!row.url) return null;
  try {
    const url = new URL(row.url);
    return url.protocol === 'https:' && BUILT_IN_HOSTS.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

function isClaimPage(address: string): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && CLAIM_PAGE_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

const BUILT_IN_HOSTS: ReadonlySet<string> = new Set(Object.values(SITE_HOSTS).flatMap((h) => [...h.product, ...h.cart]));

/** The second button pauses the watch the alert came from. */
export async function pauseFromAlert(deps: AlertDeps, notificationId: string): Promise<boolean> {
  const id = logIdOf(notificationId);
  if (id === null) return false;
  const row = await deps.db.notifications.get(id);
  await deps.notifications.clear(notificationId);
  if (row?.watchId == null) return false;
  return setWatchStatus(deps.db, row.watchId, 'paused');
}

export async function listAlertViews(db: RadarDatabase, limit?: number): Promise<AlertView[]> {
  const count = typeof limit === 'number' && Number.isInteger(limit) ? Math.min(500, Math.max(1, limit)) : 100;
  const [rows, held] = await Promise.all([listNotifications(db, count), heldAlertsItem.getValue()]);
  const heldIds = new Set(held);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    watchId: r.watchId,
    productKey: r.productKey,
    title: r.title,
    body: r.body,
    url: r.url,
    sentAt: r.sentAt,
    held: heldIds.has(r.id),
  }));
}
