import type { Translate } from '../i18n';
import { VERDICT_LABEL, VERDICT_TONE, type VerdictDisplay } from '../verdict';

interface Props {
  verdict: VerdictDisplay | null;
  trapCount: number;
  /** Where the promo calendar stands, e.g. "平台返场第 1/3 天". */
  timing?: string | null;
  t: Translate;
}

/** The verdict in one line: what to do, why, and how many traps back it up. */
export function VerdictLine({ verdict, trapCount, timing, t }: Props) {
  const tone = verdict ? VERDICT_TONE[verdict.kind] : 'info';
  return (
    <p class={`verdict tone-${tone}`} data-testid="verdict" data-verdict={verdict?.kind ?? 'none'}>
      <strong class="verdict-label">{verdict ? t(VERDICT_LABEL[verdict.kind]) : t('verdictPending')}</strong>
      {verdict?.reason && <span class="verdict-reason">{verdict.reason}</span>}
      <span class="verdict-meta">
        {timing && <span class="verdict-timing">{timing}</span>}
        <span class="trap-count" data-testid="trap-count">
          {trapCount === 0 ? t('noTraps') : t('trapCount', { n: trapCount })}
        </span>
      </span>
    </p>
  );
}
