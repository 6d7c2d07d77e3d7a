import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n';
import { SaveStatus, Section, useSave } from './Section';

/** The shopper's alert preferences as the options page edits them. */
export interface NotificationPrefs {
  restock: boolean;
  price: boolean;
  fanchang: boolean;
  /** 'HH:MM' local times; null: no quiet hours. */
  quietHours: { start: string; end: string } | null;
  /** How often watched pages are checked. */
  checkEveryMinutes: number;
}

const KINDS: ReadonlyArray<['restock' | 'price' | 'fanchang', MessageKey]> = [
  ['restock', 'notifyRestock'],
  ['price', 'notifyPrice'],
  ['fanchang', 'notifyFanchang'],
];

export const CHECK_MINUTES = { min: 10, max: 24 * 60 } as const;

interface Props {
  prefs: NotificationPrefs;
  onSave(prefs: NotificationPrefs): Promise<void>;
  t: Translate;
}

export function NotificationsSection({ prefs: initial, onSave, t }: Props) {
  const [prefs, setPrefs] = useState(initial);
  const [state, save] = useSave();
  const quiet = prefs.quietHours;
  const minutesValid = Number.isInteger(prefs.checkEveryMinutes) && prefs.checkEveryMinutes >= CHECK_MINUTES.min && prefs.checkEveryMinutes <= CHECK_MINUTES.max;
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
              <input type="checkbox" checked={prefs[kind]} data-testid={`notify-${kind}`} onChange={(e) => setPrefs({ ...prefs, [kind]: (e.target as HTMLInputElement).checked })} />
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
              onChange={(e) => setPrefs({ ...prefs, quietHours: (e.target as HTMLInputElement).checked ? { start: '22:00', end: '08:00' } : null })}
            />
            {t('quietHoursOn')}
          </label>
          {quiet && (
            <div class="inline-fields">
              <label>
                {t('quietFrom')}{' '}
                <input type="time" value={quiet.start} data-testid="quiet-start" onInput={(e) => setPrefs({ ...prefs, quietHours: { ...quiet, start: (e.target as HTMLInputElement).value } })} />
              </label>
              <label>
                {t('quietTo')}{' '}
                <input type="time" value={quiet.end} data-testid="quiet-end" onInput={(e) => setPrefs({ ...prefs, quietHours: { ...quiet, end: (e.target as HTMLInputElement).value } })} />
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
              value={prefs.checkEveryMinutes}
              aria-invalid={!minutesValid}
              data-testid="check-minutes"
              onInput={(e) => setPrefs({ ...prefs, checkEveryMinutes: (e.target as HTMLInputElement).valueAsNumber })}
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
