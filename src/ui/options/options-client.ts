import type { WatchList } from '../../messaging/watch-messages';
import type { PromoEvent } from '../../promo';
import type { ThresholdOverrides } from '../../traps';
import type { LangSetting } from '../i18n';
import type { MySizes } from '../my-size';
import type { ImportOutcome } from './DataSection';
import type { NotificationPrefs } from './NotificationsSection';

/** The settings the options page edits, one entry per section. */
export interface OptionsSettings {
  lang: LangSetting;
  sizes: MySizes;
  thresholds: ThresholdOverrides;
  notifications: NotificationPrefs;
  customEvents: PromoEvent[];
  dismissedPanelSites: string[];
}

/** Everything the options page asks of the extension; tests pass their own. */
export interface OptionsClient {
  settings(): Promise<OptionsSettings>;
  save<K extends keyof OptionsSettings>(key: K, value: OptionsSettings[K]): Promise<void>;
  exportData(): Promise<{ fileName: string; json: string }>;
  importData(json: string): Promise<ImportOutcome>;
  deleteAllData(): Promise<void>;
  listWatches(): Promise<WatchList>;
  pauseWatch(id: number): Promise<void>;
  resumeWatch(id: number): Promise<void>;
  removeWatch(id: number): Promise<void>;
  resumeHostChecks(host: string): Promise<void>;
}
