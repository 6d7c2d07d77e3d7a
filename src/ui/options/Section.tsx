import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Runs a save and reports how it went, for the line beside a section's save button. */
export function useSave(): [SaveState, (action: () => Promise<void>) => Promise<void>] {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const run = async (action: () => Promise<void>) => {
    setState({ kind: 'saving' });
    try {
      await action();
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return [state, run];
}

export function SaveStatus({ state, t }: { state: SaveState; t: Translate }) {
  if (state.kind === 'saved')
    return (
      <span class="save-status ok" role="status">
        {t('saved')}
      </span>
    );
  if (state.kind === 'error')
    return (
      <span class="save-status error" role="alert">
        {t('saveFailed', { error: state.message })}
      </span>
    );
  return <span class="save-status" role="status" />;
}

interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** One settings area with its heading; the page's table of contents links to `id`. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="options-section" id={id} aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="section-intro">{intro}</p>}
      {children}
    </section>
  );
}
