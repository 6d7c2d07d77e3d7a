import type { Trap } from '../../core/types';
import type { PromoEvent } from '../../promo';
import type { Lang, Translate } from '../i18n';
import { EVIDENCE_LABELS, EVIDENCE_VALUES } from '../strings/evidence-labels';
import { evidenceRows, SEVERITY_LABEL, type EvidenceDictionaries } from '../traps-view';

interface Props {
  trap: Trap;
  lang: Lang;
  t: Translate;
  /** The promo calendar, to name the event a piece of evidence refers to by id. */
  events: readonly PromoEvent[];
  currency?: string;
}

function dictionariesFor(events: readonly PromoEvent[]): EvidenceDictionaries {
  return {
    labels: EVIDENCE_LABELS,
    values: EVIDENCE_VALUES,
    eventName(id, lang) {
      const event = events.find((e) => e.id === id);
      return event ? (lang === 'zh' ? event.name : event.nameEn) : null;
    },
  };
}

/**
 * One trap: how serious, what it is (the rules already speak the shopper's language), and the
 * numbers that made it fire.
 */
export function TrapCard({ trap, lang, t, events, currency }: Props) {
  const rows = evidenceRows(trap, lang, t, dictionariesFor(events), currency);
  return (
    <li class={`trap tone-${trap.severity}`} data-testid="trap" data-trap={trap.id} data-severity={trap.severity}>
      <div class="trap-head">
        <span class="trap-severity">{t(SEVERITY_LABEL[trap.severity])}</span>
        <strong class="trap-title">{trap.title}</strong>
      </div>
      {trap.detail && <p class="trap-detail">{trap.detail}</p>}
      {rows.length > 0 && (
        <dl class="trap-evidence" aria-label={t('evidence')} data-testid="trap-evidence">
          {rows.map((row) => (
            <div class="evidence-row" key={row.key} data-key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
