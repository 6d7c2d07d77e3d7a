import type { ProductSnapshot } from '../../core/types';
import { formatDate, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';

interface Props {
  snapshot: ProductSnapshot;
  firstSeenAt: string;
  /** The price in the last promo, the number a 返场 price is judged against. */
  promoPrice: number | null;
  lang: Lang;
  t: Translate;
}

/** The product in three short lines: its name, where and since when, and its price beside the promo price. */
export function ProductSummary({ snapshot, firstSeenAt, promoPrice, lang, t }: Props) {
  const { currency } = snapshot;
  return (
    <section class="product" data-testid="product">
      <h1 class="product-title" title={snapshot.title ?? undefined}>
        {snapshot.title ?? t('unknown')}
      </h1>
      <p class="product-meta">{[snapshot.shop, t('firstSeen', { date: formatDate(firstSeenAt, lang) })].filter(Boolean).join(' · ')}</p>
      <p class="product-price">
        <span class="visually-hidden">{t('currentPrice')} </span>
        <strong data-testid="current-price">{formatMoney(snapshot.price, currency)}</strong>
        {promoPrice !== null && (
          <span class="promo-price" data-testid="summary-promo-price">
            {t('promoPrice')} {formatMoney(promoPrice, currency)}
          </span>
        )}
        {snapshot.couponPrice !== null && snapshot.couponPrice !== snapshot.price && (
          <span class="coupon-price">
            {t('couponPrice')} {formatMoney(snapshot.couponPrice, currency)}
          </span>
        )}
        {snapshot.listPrice !== null && (
          <span class="list-price">
            {t('listPrice')} <s>{formatMoney(snapshot.listPrice, currency)}</s>
          </span>
        )}
      </p>
    </section>
  );
}
