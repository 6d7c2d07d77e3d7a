import { TimeField } from './TimeField';
import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n';
import { SaveStatus, Section, useSave } from './Section';

import type { WatchKind } from '../../core/watch-kind';
import type { NotificationPreferences } from '../../store/settings';

const KINDS: ReadonlyArray<[WatchKind, MessageKey]> = [
  ['restock', 'notifyRestock'],
  ['price', 'notifyPrice'],
];

/** The store's accepted range (settings.ts): a check at most every 5 minutes, at least daily. */
export const CHECK_MINUTES = { min: 5, max: 24 * 60 } as const;

interface Props {
  prefs: NotificationPreferences;
  onSave(prefs: NotificationPreferences): Promise<void>;
  t: Translate;
}

export function NotificationsSection({ prefs: initial, onSave, t }: Props) {
  const [prefs, setPrefs] = useState(initial);
  const [state, save] = useSave();
  const quiet = prefs.quietHours;
  const minutes = prefs.checkPeriodMinutes;
  const minutesValid = Number.isInteger(minutes) && minutes >= CHECK_MINUTES.min && minutes <= CHECK_MINUTES.max;
  return (
    <Section id="notifications" title={t('sectionNotifications')} intro={t('sectionNotificationsIntro')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (minutesValid) void save(() => onSave(prefs));
        }}
      >
        <fieldset class="checks">
          <legend>{t('notifyWhen')}</legend>
          {KINDS.map(([kind, label]) => (
            <label key={kind} class="check">
              <input
                type="checkbox"
                checked={prefs.enabledKinds.includes(kind)}
                data-testid={`notify-${kind}`}
                onChange={(e) => {
                  const others = prefs.enabledKinds.filter((k) => k !== kind);
                  setPrefs({ ...prefs, enabledKinds: (e.target as HTMLInputElement).checked ? [...others, kind] : others });
                }}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <fieldset class="checks">
          <legend>{t('quietHours')}</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={quiet !== null}
              data-testid="quiet-enabled"
              onChange={(e) =>
                setPrefs({ ...prefs, quietHours: (e.target as HTMLInputElement).checked ? { start: '22:00', end: '08:00' } : null })
              }
            />
            {t('quietHoursOn')}
          </label>
          {quiet && (
            <div class="inline-fields">
              <label>
                {t('quietFrom')}{' '}
                <TimeField
                  value={quiet.start}
                  testId="quiet-start"
                  invalidLabel={t('timeFormatHint')}
                  onChange={(start) => setPrefs({ ...prefs, quietHours: { ...quiet, start } })}
                />
              </label>
              <label>
                {t('quietTo')}{' '}
                <TimeField
                  value={quiet.end}
                  testId="quiet-end"
                  invalidLabel={t('timeFormatHint')}
                  onChange={(end) => setPrefs({ ...prefs, quietHours: { ...quiet, end } })}
                />
              </label>
            </div>
          )}
          <p class="hint">{t('quietHoursHint')}</p>
        </fieldset>
        <div class="field narrow">
          <label for="check-minutes">{t('checkEvery')}</label>
          <div class="with-unit">
            <input
              id="check-minutes"
              type="number"
              min={CHECK_MINUTES.min}
              max={CHECK_MINUTES.max}
              step={5}
              value={minutes}
              aria-invalid={!minutesValid}
              data-testid="check-minutes"
              onInput={(e) => setPrefs({ ...prefs, checkPeriodMinutes: (e.target as HTMLInputElement).valueAsNumber })}
            />
            <span class="unit">{t('unitMinutes')}</span>
          </div>
          {!minutesValid && <span class="field-error">{t('outOfRange', { min: CHECK_MINUTES.min, max: CHECK_MINUTES.max })}</span>}
        </div>
        <div class="actions">
          <button type="submit" class="button primary" disabled={!minutesValid || state.kind === 'saving'} data-testid="save-notifications">
            {t('save')}
          </button>
          <SaveStatus state={state} t={t} />
        </div>
      </form>
    </Section>
  );
}
