import type { ProductSnapshot } from '../../core/types';
import { formatMoney } from '../format';
import type { MessageKey } from '../i18n';

export function ProductSummary({ snapshot, t }: { snapshot: ProductSnapshot; t: (k: MessageKey) => string }) {
  return (
    <section class="product" data-testid="product">
      <h1 class="product-title">{snapshot.title ?? t('unknown')}</h1>
      <p class="product-price">
        <span>{t('currentPrice')} </span>
        <strong data-testid="current-price">{formatMoney(snapshot.price, snapshot.currency)}</strong>
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
