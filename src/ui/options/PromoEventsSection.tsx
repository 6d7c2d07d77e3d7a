import { useMemo, useState } from 'preact/hooks';
import type { Site } from '../../core/types';
import { now, nowMs } from '../../core/clock';
import { mergeUserEvents, promoCalendar, type UserEventEntry } from '../../promo';
import { formatDateTime } from '../format';
import type { Lang, MessageKey, Translate } from '../i18n';
import { checkDraft, EMPTY_DRAFT, type EventDraft } from './promo-event-form';
import { SaveStatus, Section, useSave } from './Section';

const PLATFORMS: ReadonlyArray<[Site, MessageKey]> = [
  ['jd', 'siteJd'],
  ['taobao', 'siteTaobao'],
  ['tmall', 'siteTmall'],
  ['pinduoduo', 'sitePinduoduo'],
];

interface Props {
  /** The shopper's calendar entries: whole events they added, or edits of built-in ones. */
  entries: readonly UserEventEntry[];
  onSave(entries: UserEventEntry[]): Promise<void>;
  lang: Lang;
  t: Translate;
  newId?: () => string;
}

/** The shopper's own promo events: listed as the calendar reads them, removable, and a form to add one. */
export function PromoEventsSection({ entries, onSave, lang, t, newId = () => `user-${nowMs().toString(36)}` }: Props) {
  const events = useMemo(() => {
    const ids = new Set(entries.map((e) => e.id));
    return mergeUserEvents(promoCalendar(now()), entries).events.filter((e) => ids.has(e.id));
  }, [entries]);
  const [draft, setDraft] = useState<EventDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [state, save] = useSave();
  const set = (patch: Partial<EventDraft>) => setDraft({ ...draft, ...patch });

  const add = (e: Event) => {
    e.preventDefault();
    const checked = checkDraft(draft, newId());
    if (!checked.ok) return setProblem(checked.problem);
    setProblem(null);
    void save(async () => {
      await onSave([...entries, checked.event]);
      setDraft(EMPTY_DRAFT);
    });
  };

  return (
    <Section id="events" title={t('sectionEvents')} intro={t('sectionEventsIntro')}>
      {events.length === 0 ? (
        <p class="muted" data-testid="events-empty">
          {t('eventsNone')}
        </p>
      ) : (
        <ul class="plain-list" data-testid="user-events">
          {events.map((event) => (
            <li key={event.id} data-testid="user-event">
              <strong>{lang === 'zh' ? event.name : event.nameEn}</strong>{' '}
              <span class="muted small">
                {formatDateTime(event.preSaleAt ?? event.mainAt, lang)} – {formatDateTime(event.endAt, lang)}
              </span>{' '}
              <button type="button" class="button" onClick={() => void save(() => onSave(entries.filter((x) => x.id !== event.id)))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="event-form" onSubmit={add} aria-labelledby="add-event-title">
        <h3 id="add-event-title">{t('addEvent')}</h3>
        <div class="form-grid">
          <div class="field">
            <label for="event-name">{t('eventName')}</label>
            <input
              id="event-name"
              value={draft.name}
              data-testid="event-name"
              onInput={(e) => set({ name: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="event-name-en">{t('eventNameEn')}</label>
            <input id="event-name-en" value={draft.nameEn} onInput={(e) => set({ nameEn: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="event-presale">{t('eventPreSale')}</label>
            <input
              id="event-presale"
              type="datetime-local"
              value={draft.preSaleAt}
              onInput={(e) => set({ preSaleAt: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="event-main">{t('eventMain')}</label>
            <input
              id="event-main"
              type="datetime-local"
              value={draft.mainAt}
              data-testid="event-main"
              onInput={(e) => set({ mainAt: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="event-end">{t('eventEnd')}</label>
            <input
              id="event-end"
              type="datetime-local"
              value={draft.endAt}
              data-testid="event-end"
              onInput={(e) => set({ endAt: (e.target as HTMLInputElement).value })}
            />
          </div>
        </div>
        <fieldset class="checks">
          <legend>{t('eventPlatforms')}</legend>
          {PLATFORMS.map(([site, label]) => (
            <label key={site} class="check">
              <input
                type="checkbox"
                checked={draft.platforms.includes(site)}
                onChange={(e) =>
                  set({
                    platforms: (e.target as HTMLInputElement).checked
                      ? [...draft.platforms, site]
                      : draft.platforms.filter((p) => p !== site),
                  })
                }
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <p class="hint">{t('eventTimesHint')}</p>
        {problem && (
          <p class="field-error" role="alert" data-testid="event-problem">
            {t(problem)}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button primary" disabled={state.kind === 'saving'} data-testid="add-event">
            {t('addEvent')}
          </button>
          <SaveStatus state={state} t={t} />
        </div>
      </form>
    </Section>
  );
}
