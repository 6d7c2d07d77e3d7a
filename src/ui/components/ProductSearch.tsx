import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';
import type { SearchResultView } from '../home-types';

interface Props {
  search(query: string): Promise<SearchResultView[]>;
  onOpen(result: SearchResultView): void;
  lang: Lang;
  t: Translate;
  /** Typing pauses this long before a search runs. */
  debounceMs?: number;
}

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; results: SearchResultView[] }
  | { kind: 'error'; message: string };

/** Finds any product ever seen, by title, shop or item id; Enter opens the first result. */
export function ProductSearch({ search, onOpen, lang, t, debounceMs = 150 }: Props) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  // Typing alone starts a search: a parent's new `search` closure reaches the next one through a ref.
  const searchLatest = useRef(search);
  searchLatest.current = search;

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setState({ kind: 'idle' });
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setState({ kind: 'searching' });
      searchLatest.current(q).then(
        (results) => ticket === latest.current && setState({ kind: 'done', query: q, results }),
        (error: unknown) => ticket === latest.current && setState({ kind: 'error', message: String(error) }),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, debounceMs]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (state.kind === 'done' && state.results[0]) onOpen(state.results[0]);
  };

  return (
    <section class="search" data-testid="search">
      <form role="search" onSubmit={onSubmit}>
        <label for="product-search" class="search-label">
          {t('searchLabel')}
        </label>
        <input
          id="product-search"
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          data-testid="search-input"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </form>
      <div aria-live="polite">
        {state.kind === 'searching' && <p class="muted">{t('searching')}</p>}
        {state.kind === 'error' && <p class="tone-text-danger">{t('searchFailed', { error: state.message })}</p>}
        {state.kind === 'done' && state.results.length === 0 && (
          <p class="muted" data-testid="search-empty">
            {t('searchNoResults', { q: state.query })}
          </p>
        )}
      </div>
      {state.kind === 'done' && state.results.length > 0 && (
        <ul class="search-results" data-testid="search-results">
          {state.results.map((r) => (
            <li key={`${r.site}:${r.itemId}`}>
              <button type="button" class="result" onClick={() => onOpen(r)} data-testid="search-result">
                <span class="result-title">{r.title ?? r.itemId}</span>
                <span class="result-meta">
                  {[r.shop, formatMoney(r.price, r.currency), t('lastSeen', { date: formatDate(r.lastSeenAt, lang) })]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
