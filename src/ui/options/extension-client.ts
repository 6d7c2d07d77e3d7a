import { onMessage, sendMessage } from '../../messaging/protocol';
import type { WatchFailure } from '../../messaging/watch-messages';
import {
  customPromoEventsSetting,
  dismissedPanelSitesSetting,
  languageSetting,
  notificationSetting,
  protectWindowsSetting,
  saveSetting,
  sizesSetting,
  thresholdsSetting,
  type SettingName,
} from '../../store/settings';
import { handToBackground, newTransferId, putTransfer, takeTransfer } from '../../store/transfer';
import { translator } from '../i18n';
import { uiLang } from '../i18n-core';
import type { OnDataProgress } from './DataSection';
import type { OptionsClient, OptionsSettings } from './options-client';

/** Where each section's value is kept in the store's settings. */
const SETTING_OF: Readonly<Record<keyof OptionsSettings, SettingName>> = {
  lang: 'language',
  sizes: 'sizes',
  thresholds: 'thresholds',
  notifications: 'notifications',
  customEvents: 'customPromoEvents',
  dismissedPanelSites: 'dismissedPanelSites',
  protectWindows: 'protectWindows',
};

async function done<T extends { ok: boolean }>(result: Promise<T | WatchFailure>): Promise<void> {
  const outcome = await result;
  if (!outcome.ok) throw new Error((outcome as WatchFailure).message);
}

/**
 * Runs one import or export under a fresh transfer id, passing the background's progress reports
 * for that id to `onProgress` while it runs. The file travels through the transfer store
 * (src/store/transfer.ts), never inside a message.
 */
async function withProgress<T>(onProgress: OnDataProgress, work: (transferId: string) => Promise<T>): Promise<T> {
  const transferId = newTransferId();
  const stop = onMessage('backupProgress', ({ data }) => {
    if (data.transferId === transferId) onProgress({ phase: data.phase, done: data.done, total: data.total });
  });
  try {
    return await work(transferId);
  } finally {
    stop();
  }
}

/** The options page's client in the extension: settings in extension storage, data by message. */
export function extensionOptionsClient(): OptionsClient {
  return {
    async settings() {
      const [lang, sizes, thresholds, notifications, customEvents, dismissedPanelSites, protectWindows] = await Promise.all([
        languageSetting.getValue(),
        sizesSetting.getValue(),
        thresholdsSetting.getValue(),
        notificationSetting.getValue(),
        customPromoEventsSetting.getValue(),
        dismissedPanelSitesSetting.getValue(),
        protectWindowsSetting.getValue(),
      ]);
      return { lang, sizes, thresholds, notifications, customEvents, dismissedPanelSites, protectWindows };
    },
    async save(key, value) {
      const result = await saveSetting(SETTING_OF[key], value);
      if (!result.ok) throw new Error(result.error);
    },
    exportData: (onProgress) =>
      withProgress(onProgress, async (transferId) => {
        const result = await sendMessage('exportBackup', { transferId });
        if (!result.ok) throw new Error(result.error);
        const file = await takeTransfer(transferId);
        if (file === null) throw new Error('the exported file went missing');
        return { fileName: result.fileName, file: typeof file === 'string' ? new Blob([file], { type: 'application/json' }) : file };
      }),
    importData: (file, onProgress) =>
      withProgress(onProgress, async (transferId) => {
        onProgress({ phase: 'sending', done: 0, total: 1 });
        const filed = !(await handToBackground(transferId, file));
        if (filed) await putTransfer(transferId, file);
        const result = await sendMessage('importBackup', { transferId }).finally(() => filed && takeTransfer(transferId).catch(() => null));
        if (!result.ok) return result;
        const t = translator(uiLang(await languageSetting.getValue()));
        return { ok: true, summary: t('backupSummary', result.counts) };
      }),
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
