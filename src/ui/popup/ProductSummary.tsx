import type { ProductSnapshot } from '../../core/types';
import { formatDate, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';

interface Props {
  snapshot: ProductSnapshot;
  firstSeenAt: string;
  lang: Lang;
  t: Translate;
}

export function ProductSummary({ snapshot, firstSeenAt, lang, t }: Props) {
  return (
    <section class="product" data-testid="product">
      <h1 class="product-title" title={snapshot.title ?? undefined}>
        {snapshot.title ?? t('unknown')}
      </h1>
      <p class="product-meta">{[snapshot.shop, t('firstSeen', { date: formatDate(firstSeenAt, lang) })].filter(Boolean).join(' · ')}</p>
      <p class="product-price">
        <span class="visually-hidden">{t('currentPrice')} </span>
        <strong data-testid="current-price">{formatMoney(snapshot.price, snapshot.currency)}</strong>
        {snapshot.couponPrice !== null && snapshot.couponPrice !== snapshot.price && (
          <span class="coupon-price">
            {' '}
            {t('couponPrice')} {formatMoney(snapshot.couponPrice, snapshot.currency)}
          </span>
        )}
        {snapshot.listPrice !== null && (
          <span class="list-price">
            {' '}
            {t('listPrice')} <s>{formatMoney(snapshot.listPrice, snapshot.currency)}</s>
          </span>
        )}
      </p>
    </section>
  );
}
