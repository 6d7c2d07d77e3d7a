import type { PurchaseList } from '../../messaging/protect-messages';
import type { AlertView } from '../../messaging/watch-messages';
import type { PromoEvent } from '../../promo';
import { AlertHistory } from '../components/AlertHistory';
import { ProductSearch } from '../components/ProductSearch';
import { Purchases } from '../components/Purchases';
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
  /** Bought items and their price-protection claims; null while loading or unreadable. */
  purchases: PurchaseList | null;
  closePurchase(id: number, status: 'claimed' | 'dismissed'): Promise<void>;
  events: readonly PromoEvent[];
  search(query: string): Promise<SearchResultView[]>;
  onOpen(product: ProductRef): void;
  lang: Lang;
  t: Translate;
}

/** The popup away from a product page: the 返场 watchlist and the search over everything seen. */
export function HomePage({ watchlist, reloadWatchlist, alerts, purchases, closePurchase, events, search, onOpen, lang, t }: Props) {
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
      {purchases && purchases.purchases.some((p) => p.claimAmount !== null) && (
        <Purchases list={purchases} events={events} lang={lang} t={t} onOpen={onOpen} onClose={closePurchase} />
      )}
      {watchlist.kind === 'ok' && <Watchlist groups={watchlist.value} lang={lang} t={t} onOpen={onOpen} />}
      {purchases && !purchases.purchases.some((p) => p.claimAmount !== null) && (
        <Purchases list={purchases} events={events} lang={lang} t={t} onOpen={onOpen} onClose={closePurchase} />
      )}
      <AlertHistory alerts={alerts} lang={lang} t={t} />
    </>
  );
}
