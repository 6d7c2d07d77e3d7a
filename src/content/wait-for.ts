/** A turn for the page: resolves in a task of its own, after whatever the page has queued. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Waits, bounded, for a selector to match. Polls instead of observing the whole document:
 * a page-wide MutationObserver on a busy shop page costs the shopper scrolling smoothness.
 */
export function waitForSelector(
  root: ParentNode,
  selector: string,
  { timeoutMs = 8000, intervalMs = 200, signal }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<Element | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      if (signal?.aborted) return resolve(null);
      const found = root.querySelector(selector);
      if (found && found.textContent?.trim()) return resolve(found);
      if (Date.now() - started >= timeoutMs) return resolve(null);
      setTimeout(tick, intervalMs);
    };
    tick();
  });
}

/** Calls `onChange` (debounced) when the text inside `el` changes, e.g. a new SKU's price. */
export function watchElementText(el: Element, onChange: () => void, debounceMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = el.textContent;
  const observer = new MutationObserver(() => {
    if (el.textContent === last) return;
    last = el.textContent;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  observer.observe(el, { childList: true, characterData: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
