import type { Site } from '../../core/types';
import type { WatchList } from '../../messaging/watch-messages';
import type { UserEventEntry } from '../../promo';
import type { NotificationPreferences } from '../../store/settings';
import type { ThresholdOverrides } from '../../traps';
import type { LangSetting } from '../i18n';
import type { MySizes } from '../my-size';
import type { ImportOutcome, OnDataProgress } from './DataSection';

/** The settings the options page edits, one entry per section, as the store keeps them. */
export interface OptionsSettings {
  lang: LangSetting;
  sizes: MySizes;
  thresholds: ThresholdOverrides;
  notifications: NotificationPreferences;
  customEvents: UserEventEntry[];
  dismissedPanelSites: Site[];
}

/** Everything the options page asks of the extension; tests pass their own. */
export interface OptionsClient {
  settings(): Promise<OptionsSettings>;
  /** Stores one setting; rejects with the store's reason when the value is refused. */
  save<K extends keyof OptionsSettings>(key: K, value: OptionsSettings[K]): Promise<void>;
  /** The whole store as a file; the background reports how far it has got through `onProgress`. */
  exportData(onProgress: OnDataProgress): Promise<{ fileName: string; file: Blob }>;
  /** Restores a backup file (as chosen, unread); progress as for the export. */
  importData(file: Blob, onProgress: OnDataProgress): Promise<ImportOutcome>;
  deleteAllData(): Promise<void>;
  listWatches(): Promise<WatchList>;
  pauseWatch(id: number): Promise<void>;
  resumeWatch(id: number): Promise<void>;
  removeWatch(id: number): Promise<void>;
  resumeHostChecks(host: string): Promise<void>;
}
