/**
 * Wires the watch feature to the browser: its messages, the check alarm and notification clicks.
 * The shopper's visits reach it from the ingest handler (`observeSnapshot`): each stored snapshot
 * of a watched page also counts as a check.
 */
import { now } from '../../core/clock';
import { browser } from 'wxt/browser';
import { onExtensionPageMessage } from '../senders';
import type { RadarDatabase } from '../../store';
import { languageSetting, notificationSetting, readPromoCalendar, resolveLanguage } from '../../store/settings';
import type { WatchContext } from './context';
import { readerForThisBrowser } from './page-reader';
import { createWatchService, type WatchService } from './service';
import type { WatchSettings } from './settings';
import { politenessItem } from './state-items';

/** The shopper's settings (src/store/settings.ts) in the watch feature's terms. */
export async function loadWatchSettings(): Promise<WatchSettings> {
  const [prefs, language] = await Promise.all([notificationSetting.getValue(), languageSetting.getValue()]);
  return {
    periodMinutes: prefs.checkPeriodMinutes,
    quietHours: prefs.quietHours,
    lang: resolveLanguage(language, globalThis.navigator?.language ?? 'zh-CN'),
    timeZone: undefined,
    notify: {
      restock: prefs.enabledKinds.includes('restock'),
      price: prefs.enabledKinds.includes('price'),
      // The settings have no switch for 返场 reminders: they are what the cart was kept for.
      fanchang: true,
    },
  };
}

export function registerWatches(db: RadarDatabase, overrides: Partial<WatchContext> = {}): WatchService {
  const ctx: WatchContext = {
    db,
    notifications: browser.notifications,
    alarms: browser.alarms,
    tabs: browser.tabs,
    fetch: (input, init) => fetch(input, init),
    reader: readerForThisBrowser(),
    politeness: () => politenessItem.getValue(),
    form: import.meta.env.FIREFOX ? 'plain' : 'rich',
    settings: loadWatchSettings,
    promoEvents: async () => (await readPromoCalendar()).events,
    now,
    random: Math.random,
    ...overrides,
  };
  const service = createWatchService(ctx);
  const { handlers } = service;

  onExtensionPageMessage('createWatch', (data) => handlers.createWatch(data));
  onExtensionPageMessage('pauseWatch', (data) => handlers.pauseWatch(data));
  onExtensionPageMessage('resumeWatch', (data) => handlers.resumeWatch(data));
  onExtensionPageMessage('removeWatch', (data) => handlers.removeWatch(data));
  onExtensionPageMessage('listWatches', (data) => handlers.listWatches(data));
  onExtensionPageMessage('listAlerts', (data) => handlers.listAlerts(data));
  onExtensionPageMessage('resumeHostChecks', (data) => handlers.resumeHostChecks(data));
  onExtensionPageMessage('checkWatchesNow', (data) => handlers.checkWatchesNow(data));
  onExtensionPageMessage('openAlert', (data) => handlers.openAlert(data));

  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void service.onNotificationClicked(id));
  // Firefox has no notification buttons, nor this event.
  browser.notifications.onButtonClicked?.addListener((id, index) => void service.onNotificationButtonClicked(id, index));

  // A cart add during a promo sets up that event's 返场 reminder, so the alarm must know of it.
  // The hook runs inside the add's transaction, which has ended by the time scheduling reads the
  // store: a timer starts that work outside it (Dexie carries its transaction along promises, not
  // timers), after the add has committed.
  db.cartItems.hook('creating', function () {
    this.onsuccess = () =>
      void setTimeout(
        () => void service.scheduleNextRound().catch((error) => console.warn('[返场雷达] could not schedule checks:', error)),
      );
  });

  void service.start().catch((error) => console.warn('[返场雷达] could not schedule checks:', error));
  return service;
}
