import { formatMoney } from '../format';
import type { PromoPhase } from '../../promo';
import type { Lang, MessageKey, Translate } from '../i18n';
import type { WatchlistItemView } from '../home-types';
import type { ReturnsGroupView } from '../returns-view';
import { PurchaseItem } from './Purchases';

const PHASE_LABEL: Readonly<Record<Exclude<PromoPhase, 'none'>, MessageKey>> = {
  'pre-sale': 'phasePreSale',
  main: 'phaseMain',
  'platform-fanchang': 'phasePlatformFanchang',
  'store-fanchang': 'phaseStoreFanchang',
};

interface Props {
  groups: readonly ReturnsGroupView[];
  /** What the shopper marked as claimed, in total (0 hides the line). */
  totalRecovered: number;
  lang: Lang;
  t: Translate;
  onOpen(item: { site: string; itemId: string }): void;
  closePurchase(id: number, status: 'claimed' | 'dismissed'): Promise<void>;
}

function PriceComparison({ item, t }: { item: WatchlistItemView; t: Translate }) {
  const { promoPrice, nowPrice, currency } = item;
  let change: string | null = null;
  let tone = 'muted';
  if (promoPrice !== null && nowPrice !== null) {
    const diff = Math.round((nowPrice - promoPrice) * 100) / 100;
    // The 返场 rule's own tolerance: within ¥1 is "the same as the promo".
    if (Math.abs(diff) <= 1) change = t('priceSameAsPromo');
    else if (diff > 0) [change, tone] = [t('priceAbovePromo', { amount: formatMoney(diff, currency) }), 'warn'];
    else [change, tone] = [t('priceBelowPromo', { amount: formatMoney(-diff, currency) }), 'good'];
  }
  return (
    <p class="wl-prices">
      <span>
        {t('promoPrice')} {formatMoney(promoPrice, currency)}
      </span>
      <span aria-hidden="true"> → </span>
      <span>
        {t('nowPrice')} <strong data-testid="wl-now">{formatMoney(nowPrice, currency)}</strong>
      </span>
      {change && <span class={`wl-change tone-text-${tone}`}> {change}</span>}
    </p>
  );
}

function StockInMySize({ item, t }: { item: WatchlistItemView; t: Translate }) {
  if (!item.mySize) return null;
  const { label, inStock } = item.mySize;
  const state = inStock === null ? t('stockUnknown') : inStock ? t('inStock') : t('soldOut');
  return (
    <span class={`wl-stock ${inStock === false ? 'tone-text-danger' : ''}`} data-testid="wl-stock">
      {t('yourSizeIs', { size: label })} {state}
    </span>
  );
}

function CartedItem({ item, t, onOpen }: { item: WatchlistItemView; t: Translate; onOpen: Props['onOpen'] }) {
  return (
    <li class="wl-item" data-testid="wl-item">
      <button type="button" class="wl-title link" onClick={() => onOpen(item)}>
        {item.title ?? `${item.site} ${item.itemId}`}
      </button>
      <PriceComparison item={item} t={t} />
      <p class="wl-meta">
        <StockInMySize item={item} t={t} />
        {item.trapCount !== null && (
          <span class={`wl-traps ${item.trapCount > 0 ? 'tone-text-danger' : ''}`} data-testid="wl-traps">
            {item.trapCount === 0 ? t('noTraps') : t('trapCount', { n: item.trapCount })}
          </span>
        )}
      </p>
    </li>
  );
}

/**
 * The 返场 watchlist: per promo, what the shopper bought (price paid, price now, open claims first)
 * beside what they carted (promo price against now, their size's stock, traps); purchases made
 * outside every promo close the list.
 */
export function Watchlist({ groups, totalRecovered, lang, t, onOpen, closePurchase }: Props) {
  return (
    <section class="watchlist" data-testid="watchlist" aria-labelledby="watchlist-title">
      <h2 id="watchlist-title">{t('watchlistTitle')}</h2>
      {totalRecovered > 0 && (
        <p class="tone-text-good small" data-testid="recovered">
          {t('purchasesRecovered', { amount: formatMoney(totalRecovered) })}
        </p>
      )}
      {groups.length === 0 ? (
        <p class="empty" data-testid="watchlist-empty">
          {t('watchlistEmpty')}
        </p>
      ) : (
        groups.map((group) => {
          const name = group.kind === 'other' ? t('otherPurchases') : lang === 'zh' ? group.name : group.nameEn;
          return (
            <section
              class="wl-group"
              key={group.kind === 'other' ? ':other' : group.eventId}
              data-testid="wl-group"
              data-group={group.kind === 'other' ? 'other' : group.eventId}
              aria-label={name}
            >
              <h3>
                {name}{' '}
                {group.phase !== 'none' && (
                  <span class={`phase phase-${group.phase}`} data-testid="wl-phase">
                    {t(PHASE_LABEL[group.phase])}
                  </span>
                )}{' '}
                <span class="count">
                  {group.carted.length > 0 && t(group.bought.length > 0 ? 'cartedCount' : 'itemCount', { n: group.carted.length })}
                  {group.carted.length > 0 && group.bought.length > 0 && ' · '}
                  {group.bought.length > 0 && t('boughtCount', { n: group.bought.length })}
                </span>
              </h3>
              <ul>
                {group.bought.map((p) => (
                  <PurchaseItem key={`bought:${p.id}`} p={p} lang={lang} t={t} onOpen={onOpen} onClose={closePurchase} />
                ))}
                {group.carted.map((item) => (
                  <CartedItem key={`${item.site}:${item.itemId}`} item={item} t={t} onOpen={onOpen} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
