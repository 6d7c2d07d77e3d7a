import type { Trap } from '../../core/types';
import { RadarMark } from '../components/RadarMark';
import type { EventName } from '../components/TrapCard';
import { TrapList } from '../components/TrapList';
import { VerdictLine } from '../components/VerdictLine';
import { htmlLang, type Lang, type Translate } from '../i18n-core';
import type { Scheme } from '../theme';
import { countTraps } from '../traps-view';
import { VERDICT_LABEL, VERDICT_TONE, type Verdict } from '../verdict';
import type { Placement } from './placement';

export interface PanelProps {
  verdict: Verdict | null;
  traps: readonly Trap[];
  currency: string;
  eventName?: EventName;
  lang: Lang;
  t: Translate;
  scheme: Scheme;
  placement: Placement;
  expanded: boolean;
  onToggle(): void;
  onDismiss(): void;
}

/**
 * The in-page badge: the verdict and the trap count at a screen edge; it opens into the traps
 * with their evidence. Esc closes it again.
 */
export function PanelApp({ verdict, traps, currency, eventName, lang, t, scheme, placement, expanded, onToggle, onDismiss }: PanelProps) {
  const count = countTraps(traps);
  const tone = verdict ? VERDICT_TONE[verdict.verdict] : 'info';
  const label = verdict ? t(VERDICT_LABEL[verdict.verdict]) : t('verdictPending');
  const countText = count === 0 ? t('noTraps') : t('trapCount', { n: count });
  const position = { top: `${placement.top}px`, [placement.side]: '12px' };
  return (
    <div
      class={`panel-root scheme-${scheme} side-${placement.side}`}
      style={position}
      lang={htmlLang(lang)}
      data-testid="panel"
      data-side={placement.side}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && expanded) {
          e.stopPropagation();
          onToggle();
        }
      }}
    >
      <button
        type="button"
        class={`badge tone-${tone}`}
        aria-expanded={expanded}
        aria-controls="fanchang-panel-body"
        data-testid="panel-badge"
        onClick={onToggle}
      >
        <RadarMark class="badge-mark" />
        <span class="visually-hidden">{t('appName')}</span>
        <strong class="badge-verdict">{label}</strong>
        <span class="badge-count" data-testid="panel-count">
          {countText}
        </span>
        <span class="visually-hidden">{expanded ? t('panelHide') : t('panelShow')}</span>
      </button>
      {expanded && (
        <section id="fanchang-panel-body" class="panel-body" aria-label={t('appName')} data-testid="panel-body">
          <VerdictLine verdict={verdict} trapCount={count} t={t} />
          <TrapList traps={traps} lang={lang} t={t} currency={currency} eventName={eventName} />
          <div class="panel-actions">
            <button type="button" class="button link" onClick={onDismiss} data-testid="panel-dismiss">
              {t('panelDismiss')}
            </button>
            <button type="button" class="button" onClick={onToggle}>
              {t('panelHide')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
