import { useEffect, useMemo, useState } from 'preact/hooks';
import { RadarMark } from '../components/RadarMark';
import { StateMessage } from '../components/StateMessage';
import { htmlLang, resolveLang, translator, type MessageKey } from '../i18n';
import { useLoad } from '../use-load';
import { DataSection } from './DataSection';
import { HiddenSitesSection } from './HiddenSitesSection';
import { LanguageSection } from './LanguageSection';
import { NotificationsSection } from './NotificationsSection';
import type { OptionsClient, OptionsSettings } from './options-client';
import { PromoEventsSection } from './PromoEventsSection';
import { Section } from './Section';
import { SizesSection } from './SizesSection';
import { ThresholdsSection } from './ThresholdsSection';
import { WatchesSection } from './WatchesSection';

const CONTENTS: ReadonlyArray<[string, MessageKey]> = [
  ['sizes', 'sectionSizes'],
  ['watches', 'sectionWatches'],
  ['notifications', 'sectionNotifications'],
  ['thresholds', 'sectionThresholds'],
  ['events', 'sectionEvents'],
  ['panel', 'sectionPanel'],
  ['language', 'sectionLanguage'],
  ['data', 'sectionData'],
];

/** The options page: every setting in one scrolling page with a table of contents. */
export function OptionsApp({ client }: { client: OptionsClient }) {
  const [loaded, reload] = useLoad(() => client.settings(), []);
  const [settings, setSettings] = useState<OptionsSettings | null>(null);
  const [watches, reloadWatches] = useLoad(() => client.listWatches(), []);
  // The forms re-mount after an import or a delete so they show what is stored now; the data
  // section stays, so its report of what happened does too.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (loaded.kind !== 'ok') return;
    setSettings(loaded.value);
    setGeneration((g) => g + 1);
  }, [loaded]);

  const lang = resolveLang(settings?.lang ?? 'auto');
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t('optionsTitle');
  }, [lang, t]);

  const save = async <K extends keyof OptionsSettings>(key: K, value: OptionsSettings[K]) => {
    await client.save(key, value);
    setSettings((s) => (s ? { ...s, [key]: value } : s));
  };
  // A watch action that fails says so on the page, instead of vanishing as an unhandled rejection.
  const [watchProblem, setWatchProblem] = useState<string | null>(null);
  const watchAction =
    <A,>(action: (arg: A) => Promise<void>) =>
    async (arg: A) => {
      try {
        await action(arg);
        setWatchProblem(null);
      } catch (error) {
        setWatchProblem(t('watchActionFailed', { error: error instanceof Error ? error.message : String(error) }));
      }
      reloadWatches();
    };
  const afterDataChange = () => {
    reload();
    reloadWatches();
  };

  if (loaded.kind === 'error') {
    return (
      <main class="options">
        <StateMessage kind="error" title={t('errorTitle')}>
          <p>{t('errorBody', { error: loaded.message })}</p>
          <button type="button" class="button" onClick={reload}>
            {t('retry')}
          </button>
        </StateMessage>
      </main>
    );
  }
  if (!settings) {
    return (
      <main class="options">
        <StateMessage kind="loading" title={t('loading')} />
      </main>
    );
  }

  return (
    <div class="options-layout" lang={htmlLang(lang)}>
      <nav class="options-nav" aria-label={t('optionsTitle')}>
        <p class="options-brand">
          <RadarMark />
          {t('appName')}
        </p>
        <ul>
          {CONTENTS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
        <div key={generation}>
          <SizesSection sizes={settings.sizes} onSave={(v) => save('sizes', v)} t={t} />
          {watches.kind === 'error' && (
            <Section id="watches" title={t('sectionWatches')}>
              <p class="field-error" role="alert">
                {t('watchesUnavailable', { error: watches.message })}
              </p>
            </Section>
          )}
          {watchProblem && (
            <p class="field-error" role="alert" data-testid="watch-problem">
              {watchProblem}
            </p>
          )}
          {watches.kind === 'ok' && (
            <WatchesSection
              list={watches.value}
              onPause={watchAction((id) => client.pauseWatch(id))}
              onResume={watchAction((id) => client.resumeWatch(id))}
              onRemove={watchAction((id) => client.removeWatch(id))}
              onHostOpened={watchAction((host: string) => client.resumeHostChecks(host))}
              lang={lang}
              t={t}
            />
          )}
          <NotificationsSection prefs={settings.notifications} onSave={(v) => save('notifications', v)} t={t} />
          <ThresholdsSection overrides={settings.thresholds} onSave={(v) => save('thresholds', v)} t={t} />
          <PromoEventsSection entries={settings.customEvents} onSave={(v) => save('customEvents', v)} lang={lang} t={t} />
          <HiddenSitesSection
            sites={settings.dismissedPanelSites}
            onRestore={(site) =>
              save(
                'dismissedPanelSites',
                settings.dismissedPanelSites.filter((s) => s !== site),
              )
            }
            t={t}
          />
          <LanguageSection lang={settings.lang} onSave={(v) => save('lang', v)} t={t} />
        </div>
        <DataSection
          exportData={(onProgress) => client.exportData(onProgress)}
          importData={async (file, onProgress) => {
            const outcome = await client.importData(file, onProgress);
            if (outcome.ok) afterDataChange();
            return outcome;
          }}
          deleteAll={async () => {
            await client.deleteAllData();
            afterDataChange();
          }}
          t={t}
        />
      </main>
    </div>
  );
}
