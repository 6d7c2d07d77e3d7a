import type { Trap } from '../../core/types';
import type { Lang, Translate } from '../i18n-core';
import { EVIDENCE_LABELS, EVIDENCE_VALUES } from '../strings/evidence-labels';
import { evidenceRows, SEVERITY_LABEL, type EvidenceDictionaries } from '../traps-view';

interface Props {
  trap: Trap;
  lang: Lang;
  t: Translate;
  /** Whether its detail and evidence are showing. */
  open: boolean;
  onToggle(): void;
  /** Names the promo event a piece of evidence refers to by id. */
  eventName?: EventName;
  currency?: string;
}

export type EventName = (id: string, lang: Lang) => string | null;

/**
 * One trap as one line (how serious, what it is); a click or Enter opens what the rule said and
 * the numbers that made it fire, so several traps leave room for the price chart.
 */
export function TrapCard({ trap, lang, t, open, onToggle, eventName, currency }: Props) {
  const bodyId = `trap-body-${trap.id}`;
  const dictionaries: EvidenceDictionaries = { labels: EVIDENCE_LABELS, values: EVIDENCE_VALUES, eventName };
  const rows = open ? evidenceRows(trap, lang, t, dictionaries, currency) : [];
  return (
    <li class={`trap tone-${trap.severity}`} data-testid="trap" data-trap={trap.id} data-severity={trap.severity} data-open={open}>
      <button
        type="button"
        class="trap-head"
        aria-expanded={open}
        aria-controls={bodyId}
        title={open ? undefined : t('trapOpen')}
        onClick={onToggle}
        data-testid="trap-toggle"
      >
        <span class="trap-severity">{t(SEVERITY_LABEL[trap.severity])}</span>
        <strong class="trap-title">{trap.title}</strong>
        <span class="trap-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open && (
        <div id={bodyId} class="trap-body">
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
        </div>
      )}
    </li>
  );
}
