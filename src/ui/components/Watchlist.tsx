import { formatMoney } from '../format';
import type { PromoPhase } from '../../promo';
import type { Lang, MessageKey, Translate } from '../i18n';
import type { WatchlistGroupView, WatchlistItemView } from '../home-types';

const PHASE_LABEL: Readonly<Record<Exclude<PromoPhase, 'none'>, MessageKey>> = {
  'pre-sale': 'phasePreSale',
  main: 'phaseMain',
  'platform-fanchang': 'phasePlatformFanchang',
  'store-fanchang': 'phaseStoreFanchang',
};

interface Props {
  groups: readonly WatchlistGroupView[];
  lang: Lang;
  t: Translate;
  onOpen(item: WatchlistItemView): void;
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

/** The 返场 watchlist: cart items from each promo, grouped by event, with how they stand now. */
export function Watchlist({ groups, lang, t, onOpen }: Props) {
  return (
    <section class="watchlist" data-testid="watchlist" aria-labelledby="watchlist-title">
      <h2 id="watchlist-title">{t('watchlistTitle')}</h2>
      {groups.length === 0 ? (
        <p class="empty" data-testid="watchlist-empty">
          {t('watchlistEmpty')}
        </p>
      ) : (
        groups.map((group) => (
          <section class="wl-group" key={group.eventId} data-testid="wl-group" aria-label={lang === 'zh' ? group.name : group.nameEn}>
            <h3>
              {lang === 'zh' ? group.name : group.nameEn}{' '}
              {group.phase !== 'none' && (
                <span class={`phase phase-${group.phase}`} data-testid="wl-phase">
                  {t(PHASE_LABEL[group.phase])}
                </span>
              )}{' '}
              <span class="count">{t('itemCount', { n: group.items.length })}</span>
            </h3>
            <ul>
              {group.items.map((item) => (
                <li key={`${item.site}:${item.itemId}`} class="wl-item" data-testid="wl-item">
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
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
