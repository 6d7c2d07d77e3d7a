import { sendMessage } from '../../messaging/protocol';
import type { WatchFailure } from '../../messaging/watch-messages';
import {
  customPromoEventsSetting,
  dismissedPanelSitesSetting,
  languageSetting,
  notificationSetting,
  saveSetting,
  sizesSetting,
  thresholdsSetting,
  type SettingName,
} from '../../store/settings';
import { translator } from '../i18n';
import { uiLang } from '../i18n-core';
import type { OptionsClient, OptionsSettings } from './options-client';

/** Where each section's value is kept in the store's settings. */
const SETTING_OF: Readonly<Record<keyof OptionsSettings, SettingName>> = {
  lang: 'language',
  sizes: 'sizes',
  thresholds: 'thresholds',
  notifications: 'notifications',
  customEvents: 'customPromoEvents',
  dismissedPanelSites: 'dismissedPanelSites',
};

async function done<T extends { ok: boolean }>(result: Promise<T | WatchFailure>): Promise<void> {
  const outcome = await result;
  if (!outcome.ok) throw new Error((outcome as WatchFailure).message);
}

/** The options page's client in the extension: settings in extension storage, data by message. */
export function extensionOptionsClient(): OptionsClient {
  return {
    async settings() {
      const [lang, sizes, thresholds, notifications, customEvents, dismissedPanelSites] = await Promise.all([
        languageSetting.getValue(),
        sizesSetting.getValue(),
        thresholdsSetting.getValue(),
        notificationSetting.getValue(),
        customPromoEventsSetting.getValue(),
        dismissedPanelSitesSetting.getValue(),
      ]);
      return { lang, sizes, thresholds, notifications, customEvents, dismissedPanelSites };
    },
    async save(key, value) {
      const result = await saveSetting(SETTING_OF[key], value);
      if (!result.ok) throw new Error(result.error);
    },
    async exportData() {
      const result = await sendMessage('exportBackup', undefined);
      if (!result.ok) throw new Error(result.error);
      return { fileName: result.fileName, json: result.json };
    },
    async importData(json) {
      const result = await sendMessage('importBackup', { json });
      if (!result.ok) return result;
      const t = translator(uiLang(await languageSetting.getValue()));
      return { ok: true, summary: t('backupSummary', result.counts) };
    },
    async deleteAllData() {
      const result = await sendMessage('deleteAllData', undefined);
      if (!result.ok) throw new Error(result.error);
    },
    listWatches: () => sendMessage('listWatches', {}),
    pauseWatch: (id) => done(sendMessage('pauseWatch', { id })),
    resumeWatch: (id) => done(sendMessage('resumeWatch', { id })),
    removeWatch: (id) => done(sendMessage('removeWatch', { id })),
    resumeHostChecks: async (host) => void (await sendMessage('resumeHostChecks', { host })),
  };
}
