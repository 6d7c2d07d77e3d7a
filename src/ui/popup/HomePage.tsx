import type { AlertView } from '../../messaging/watch-messages';
import { AlertHistory } from '../components/AlertHistory';
import { ProductSearch } from '../components/ProductSearch';
import { StateMessage } from '../components/StateMessage';
import { Watchlist } from '../components/Watchlist';
import type { Lang, Translate } from '../i18n';
import type { SearchResultView, WatchlistGroupView } from '../home-types';
import type { Load } from '../use-load';

export interface ProductRef {
  site: string;
  itemId: string;
}

interface Props {
  watchlist: Load<WatchlistGroupView[]>;
  reloadWatchlist(): void;
  alerts: readonly AlertView[];
  search(query: string): Promise<SearchResultView[]>;
  onOpen(product: ProductRef): void;
  lang: Lang;
  t: Translate;
}

/** The popup away from a product page: the 返场 watchlist and the search over everything seen. */
export function HomePage({ watchlist, reloadWatchlist, alerts, search, onOpen, lang, t }: Props) {
  return (
    <>
      <ProductSearch search={search} onOpen={onOpen} lang={lang} t={t} />
      {watchlist.kind === 'loading' && <StateMessage kind="loading" title={t('loading')} />}
      {watchlist.kind === 'error' && (
        <StateMessage kind="error" title={t('errorTitle')}>
          <p>{t('errorBody', { error: watchlist.message })}</p>
          <button type="button" class="button" onClick={reloadWatchlist}>
            {t('retry')}
          </button>
        </StateMessage>
      )}
      {watchlist.kind === 'ok' && <Watchlist groups={watchlist.value} lang={lang} t={t} onOpen={onOpen} />}
      <AlertHistory alerts={alerts} lang={lang} t={t} />
    </>
  );
}
