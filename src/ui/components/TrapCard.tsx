import type { Trap } from '../../core/types';
import type { Lang, Translate } from '../i18n-core';
import { EVIDENCE_LABELS, EVIDENCE_VALUES } from '../strings/evidence-labels';
import { evidenceRows, SEVERITY_LABEL, type EvidenceDictionaries } from '../traps-view';

interface Props {
  trap: Trap;
  lang: Lang;
  t: Translate;
  /** Names the promo event a piece of evidence refers to by id. */
  eventName?: EventName;
  currency?: string;
}

export type EventName = (id: string, lang: Lang) => string | null;

/**
 * One trap: how serious, what it is (the rules already speak the shopper's language), and the
 * numbers that made it fire.
 */
export function TrapCard({ trap, lang, t, eventName, currency }: Props) {
  const dictionaries: EvidenceDictionaries = { labels: EVIDENCE_LABELS, values: EVIDENCE_VALUES, eventName };
  const rows = evidenceRows(trap, lang, t, dictionaries, currency);
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
