import type { Trap } from '../../core/types';
import type { Lang, Translate } from '../i18n';
import { EVIDENCE_LABELS } from '../strings/evidence-labels';
import { evidenceRows, SEVERITY_LABEL, trapText } from '../traps-view';

interface Props {
  trap: Trap;
  lang: Lang;
  t: Translate;
  currency?: string;
}

/** One trap: how serious, what it is, and the numbers that made it fire. */
export function TrapCard({ trap, lang, t, currency }: Props) {
  const { title, detail } = trapText(trap, lang);
  const rows = evidenceRows(trap, lang, t, EVIDENCE_LABELS, currency);
  return (
    <li class={`trap tone-${trap.severity}`} data-testid="trap" data-trap={trap.id} data-severity={trap.severity}>
      <div class="trap-head">
        <span class="trap-severity">{t(SEVERITY_LABEL[trap.severity])}</span>
        <strong class="trap-title">{title}</strong>
      </div>
      {detail && <p class="trap-detail">{detail}</p>}
      {rows.length > 0 && (
        <dl class="trap-evidence" aria-label={t('evidence')}>
          {rows.map((row) => (
            <div class="evidence-row" key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
