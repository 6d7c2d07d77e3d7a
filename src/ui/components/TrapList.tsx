import type { Trap } from '../../core/types';
import { DEFAULT_PROMO_EVENTS, type PromoEvent } from '../../promo';
import type { Lang, Translate } from '../i18n';
import { sortTraps } from '../traps-view';
import { TrapCard } from './TrapCard';

interface Props {
  traps: readonly Trap[];
  lang: Lang;
  t: Translate;
  events?: readonly PromoEvent[];
  currency?: string;
}

/** The traps, most serious first; says so plainly when there are none. */
export function TrapList({ traps, lang, t, events = DEFAULT_PROMO_EVENTS, currency }: Props) {
  if (traps.length === 0) {
    return (
      <p class="traps-empty" data-testid="traps-empty">
        {t('trapsNone')}
      </p>
    );
  }
  return (
    <ul class="traps" data-testid="traps" aria-label={t('trapsHeading')}>
      {sortTraps(traps).map((trap, i) => (
        <TrapCard key={`${trap.id}:${i}`} trap={trap} lang={lang} t={t} events={events} currency={currency} />
      ))}
    </ul>
  );
}
