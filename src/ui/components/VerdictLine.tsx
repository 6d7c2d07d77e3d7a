import type { Translate } from '../i18n-core';
import { VERDICT_LABEL, VERDICT_TONE, type Verdict } from '../verdict';

interface Props {
  verdict: Verdict | null;
  trapCount: number;
  t: Translate;
}

/**
 * The verdict in one line (what to do, the first reason, how many traps back it up), and under it
 * where the promo calendar stands with its timing advice.
 */
export function VerdictLine({ verdict, trapCount, t }: Props) {
  const tone = verdict ? VERDICT_TONE[verdict.verdict] : 'info';
  const reason = verdict?.reasons[0];
  return (
    <div class={`verdict tone-${tone}`} data-testid="verdict" data-verdict={verdict?.verdict ?? 'none'}>
      <p class="verdict-line">
        <strong class="verdict-label">{verdict ? t(VERDICT_LABEL[verdict.verdict]) : t('verdictPending')}</strong>
        {reason && <span class="verdict-reason">{reason}</span>}
        <span class="trap-count" data-testid="trap-count">
          {trapCount === 0 ? t('noTraps') : t('trapCount', { n: trapCount })}
        </span>
      </p>
      {verdict?.timing && (
        <p class="verdict-timing" data-testid="verdict-timing">
          {verdict.timing.advice}
        </p>
      )}
    </div>
  );
}
