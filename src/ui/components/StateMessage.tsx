import type { ComponentChildren } from 'preact';

interface Props {
  kind: 'loading' | 'empty' | 'error';
  title?: string;
  children?: ComponentChildren;
  testId?: string;
}

/** A loading, empty or error state: what happened and, in its body, what to do next. */
export function StateMessage({ kind, title, children, testId }: Props) {
  return (
    <section
      class={`state state-${kind}`}
      data-testid={testId ?? `state-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading' ? true : undefined}
    >
      {kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      {title && <h2 class="state-title">{title}</h2>}
      {children}
    </section>
  );
}
