import type { ReadingQuality } from '../../core/reading-quality';
import type { Trap, Undetermined } from '../../core/types';
import { CannotTellList } from '../components/CannotTellList';
import { CouldNotRead } from '../components/CouldNotRead';
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
  undetermined: readonly Undetermined[];
  quality: ReadingQuality;
  currency: string;
  eventName?: EventName;
  lang: Lang;
  t: Translate;
  scheme: Scheme;
  placement: Placement;
  expanded: boolean;
  onToggle(): void;
  onDismiss(): void;
  /** Saves a report of this page for a bug report; resolves to the file's name. */
  onReport?(): Promise<string>;
}

/**
 * The in-page badge: the verdict and the trap count at a screen edge; it opens into the traps
 * with their evidence. Esc closes it again.
 */
export function PanelApp(props: PanelProps) {
  const { verdict, traps, undetermined, quality, currency, eventName, lang, t, scheme, placement, expanded, onToggle, onDismiss } = props;
  const count = countTraps(traps);
  // A page read unreliably gets no verdict on the badge either: it says so, in the quiet tone.
  const tone = verdict && quality.confident ? VERDICT_TONE[verdict.verdict] : 'info';
  const label = !quality.confident ? t('badgeUnread') : verdict ? t(VERDICT_LABEL[verdict.verdict]) : t('verdictPending');
  const countText = !quality.confident ? '' : count === 0 ? t('noTraps') : t('trapCount', { n: count });
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
          {quality.confident ? (
            <>
              <VerdictLine verdict={verdict} trapCount={count} t={t} />
              <CannotTellList undetermined={undetermined} lang={lang} t={t} />
              <TrapList traps={traps} lang={lang} t={t} currency={currency} eventName={eventName} />
            </>
          ) : (
            <CouldNotRead quality={quality} t={t} onReport={props.onReport} />
          )}
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
