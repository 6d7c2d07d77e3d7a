import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Trap } from '../../core/types';
import { commonTranslator, type Lang } from '../i18n-core';
import type { Scheme } from '../theme';
import type { Verdict } from '../verdict';
import { PanelApp } from './PanelApp';
import { placePanel, visibleRects, type Placement, type Rect } from './placement';

export interface PanelContent {
  verdict: Verdict | null;
  traps: Trap[];
  currency: string;
  lang: Lang;
  /** Names of the promo events the traps' evidence refers to, by id (the background knows the calendar). */
  eventNames: Readonly<Record<string, { zh: string; en: string }>>;
}

interface Props {
  content: PanelContent;
  scheme: Scheme;
  /** The page's buy and cart buttons, where they are now. */
  findButtons(): Rect[];
  onDismiss(): void;
  win?: Pick<Window, 'innerWidth' | 'innerHeight' | 'addEventListener' | 'removeEventListener'>;
}

/** Re-placing on scroll is throttled: sticky buy bars move, but not every frame needs a check. */
const REPLACE_EVERY_MS = 250;

/**
 * The panel's behaviour on the page: open and closed, and kept clear of the buy buttons as the
 * page scrolls, resizes and the panel itself grows.
 */
export function PanelController({ content, scheme, findButtons, onDismiss, win = window }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [placement, setPlacement] = useState<Placement>({ side: 'right', top: Math.max(12, win.innerHeight - 60) });
  const wrapper = useRef<HTMLDivElement>(null);
  const t = useMemo(() => commonTranslator(content.lang), [content.lang]);

  const place = () => {
    const root = wrapper.current?.firstElementChild;
    if (!root) return;
    const { width, height } = root.getBoundingClientRect();
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const next = placePanel(viewport, { width, height }, visibleRects(findButtons(), viewport));
    setPlacement((current) => (current.side === next.side && current.top === next.top ? current : next));
  };

  // Scroll and resize handlers outlive renders: they call the newest `place` through a ref.
  const placeLatest = useRef(place);
  placeLatest.current = place;
  useLayoutEffect(() => placeLatest.current(), [expanded, content]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), placeLatest.current()), REPLACE_EVERY_MS);
    };
    win.addEventListener('scroll', schedule, { passive: true });
    win.addEventListener('resize', schedule);
    return () => {
      clearTimeout(timer);
      win.removeEventListener('scroll', schedule);
      win.removeEventListener('resize', schedule);
    };
  }, [win]);

  return (
    <div ref={wrapper} style={{ display: 'contents' }}>
      <PanelApp
        verdict={content.verdict}
        traps={content.traps}
        currency={content.currency}
        eventName={(id, lang) => content.eventNames[id]?.[lang] ?? null}
        lang={content.lang}
        t={t}
        scheme={scheme}
        placement={placement}
        expanded={expanded}
        onToggle={() => setExpanded((e) => !e)}
        onDismiss={onDismiss}
      />
    </div>
  );
}
