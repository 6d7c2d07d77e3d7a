import type { PurchaseList } from '../../messaging/protect-messages';
import type { AlertView } from '../../messaging/watch-messages';
import type { PromoEvent } from '../../promo';
import { AlertHistory } from '../components/AlertHistory';
import { ProductSearch } from '../components/ProductSearch';
import { StateMessage } from '../components/StateMessage';
import { Watchlist } from '../components/Watchlist';
import type { Lang, Translate } from '../i18n';
import type { SearchResultView, WatchlistGroupView } from '../home-types';
import { returnsView } from '../returns-view';
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
  /** The promo calendar: which promo each purchase was made in. */
  events: readonly PromoEvent[];
  /** The popup's moment: where each promo stands now. */
  now: Date;
  search(query: string): Promise<SearchResultView[]>;
  onOpen(product: ProductRef): void;
  lang: Lang;
  t: Translate;
}

/** The popup away from a product page: the 返场 watchlist (carted and bought) and the search over everything seen. */
export function HomePage({ watchlist, reloadWatchlist, alerts, purchases, closePurchase, events, now, search, onOpen, lang, t }: Props) {
  const bought = purchases?.purchases ?? [];
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
      {/* A watchlist that cannot be read still leaves the purchases to show. */}
      {(watchlist.kind === 'ok' || (watchlist.kind === 'error' && bought.length > 0)) && (
        <Watchlist
          groups={returnsView(watchlist.kind === 'ok' ? watchlist.value : [], bought, events, now)}
          totalRecovered={purchases?.totalRecovered ?? 0}
          lang={lang}
          t={t}
          onOpen={onOpen}
          closePurchase={closePurchase}
        />
      )}
      {purchases && bought.length === 0 && (
        <p class="muted small" data-testid="purchases-empty">
          {t('purchasesEmpty')}
        </p>
      )}
      <AlertHistory alerts={alerts} lang={lang} t={t} />
    </>
  );
}
