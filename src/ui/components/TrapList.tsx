import type { Trap } from '../../core/types';
import type { Lang, Translate } from '../i18n-core';
import { sortTraps } from '../traps-view';
import { TrapCard, type EventName } from './TrapCard';

interface Props {
  traps: readonly Trap[];
  lang: Lang;
  t: Translate;
  eventName?: EventName;
  currency?: string;
}

/** The traps, most serious first; says so plainly when there are none. */
export function TrapList({ traps, lang, t, eventName, currency }: Props) {
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
        <TrapCard key={`${trap.id}:${i}`} trap={trap} lang={lang} t={t} eventName={eventName} currency={currency} />
      ))}
    </ul>
  );
}
