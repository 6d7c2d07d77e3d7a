import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Load<T> = { kind: 'loading' } | { kind: 'ok'; value: T } | { kind: 'error'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `load` when `deps` change; a late answer for an older request is dropped. Reloading keeps
 * showing the value already there until the new one arrives, so a refresh does not flash.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const ticket = useRef(0);
  // The newest `load` closure runs, while the caller's `deps` alone decide when to run it again.
  const latest = useRef(load);
  latest.current = load;
  const run = useCallback(() => {
    const mine = ++ticket.current;
    setState((current) => (current.kind === 'ok' ? current : { kind: 'loading' }));
    latest.current().then(
      (value) => mine === ticket.current && setState({ kind: 'ok', value }),
      (error: unknown) => mine === ticket.current && setState({ kind: 'error', message: messageOf(error) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when to reload
  }, deps);
  useEffect(run, [run]);
  return [state, run];
}
