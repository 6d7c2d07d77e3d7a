import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Trap } from '../../core/types';
import { commonTranslator, type Lang } from '../i18n-core';
import type { Scheme } from '../theme';
import type { Verdict } from '../verdict';
import { FRAME_PADDING, type Side } from './frame-messages';
import { PanelApp } from './PanelApp';

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
  side: Side;
  /** The panel's size changed (opened, closed, new content): the frame around it must follow. */
  onResize(size: { width: number; height: number }): void;
  onDismiss(): void;
}

function reportSize(wrapper: HTMLDivElement | null, onResize: Props['onResize']): void {
  const root = wrapper?.firstElementChild;
  if (!root) return;
  const { width, height } = root.getBoundingClientRect();
  onResize({ width: Math.ceil(width) + 2 * FRAME_PADDING, height: Math.ceil(height) + 2 * FRAME_PADDING });
}

/**
 * The panel's behaviour inside its frame: open and closed, and its size reported out, so the
 * content script can size the frame and keep it clear of the shop's buy buttons.
 */
export function PanelController({ content, scheme, side, onResize, onDismiss }: Props) {
  const [expanded, setExpanded] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const t = useMemo(() => commonTranslator(content.lang), [content.lang]);

  // The latest callback, for the observer set up once.
  const resized = useRef(onResize);
  resized.current = onResize;

  useLayoutEffect(() => reportSize(wrapper.current, resized.current), [expanded, content, side]);

  useEffect(() => {
    const root = wrapper.current?.firstElementChild;
    if (!root || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => reportSize(wrapper.current, resized.current));
    observer.observe(root);
    return () => observer.disconnect();
  }, []);

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
        placement={{ side, top: FRAME_PADDING }}
        expanded={expanded}
        onToggle={() => setExpanded((e) => !e)}
        onDismiss={onDismiss}
      />
    </div>
  );
}
