import { useState } from 'preact/hooks';
import type { Trap, TrapId } from '../../core/types';
import type { Lang, Translate } from '../i18n-core';
import { sortTraps } from '../traps-view';
import { TrapCard, type EventName } from './TrapCard';

/** Where the trap the shopper opened last is remembered between visits (the popup's own storage). */
export interface OpenTrapMemory {
  get(): TrapId | null;
  set(id: TrapId | null): void;
}

interface Props {
  traps: readonly Trap[];
  lang: Lang;
  t: Translate;
  eventName?: EventName;
  currency?: string;
  memory?: OpenTrapMemory;
}

/**
 * The traps, most serious first, each one line; one opens at a time, and the one the shopper opened
 * last opens again next time it applies. Says so plainly when there are none.
 */
export function TrapList({ traps, lang, t, eventName, currency, memory }: Props) {
  const [openId, setOpenId] = useState<TrapId | null>(() => {
    const remembered = memory?.get() ?? null;
    return traps.some((trap) => trap.id === remembered) ? remembered : null;
  });
  if (traps.length === 0) {
    return (
      <p class="traps-empty" data-testid="traps-empty">
        {t('trapsNone')}
      </p>
    );
  }
  const toggle = (id: TrapId) => {
    const next = openId === id ? null : id;
    setOpenId(next);
    memory?.set(next);
  };
  return (
    <ul class="traps" data-testid="traps" aria-label={t('trapsHeading')}>
      {sortTraps(traps).map((trap, i) => (
        <TrapCard
          key={`${trap.id}:${i}`}
          trap={trap}
          lang={lang}
          t={t}
          open={openId === trap.id}
          onToggle={() => toggle(trap.id)}
          eventName={eventName}
          currency={currency}
        />
      ))}
    </ul>
  );
}
