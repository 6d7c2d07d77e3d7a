import type { ProductSnapshot } from '../../core/types';
import { formatMoney } from '../format';
import type { Translate } from '../i18n';
import type { MySizes } from '../my-size';
import { skuRows } from '../sku-rows';

interface Props {
  snapshot: Pick<ProductSnapshot, 'skus' | 'category' | 'title' | 'currency'>;
  sizes: MySizes;
  t: Translate;
}

function stockText(stock: number | null, inStock: boolean, t: Translate): string {
  if (!inStock) return t('soldOut');
  return stock === null ? t('inStock') : t('inStockCount', { n: stock });
}

/** Sizes and colours with their stock; the shopper's own size is marked in words, not colour alone. */
export function SkuTable({ snapshot, sizes, t }: Props) {
  const { dimensions, rows, pricesDiffer } = skuRows(snapshot, sizes);
  if (rows.length === 0 || dimensions.length === 0) return null;
  return (
    <div class="sku-scroll">
      <table class="sku-table" data-testid="sku-table">
        <thead>
          <tr>
            {dimensions.map((d) => (
              <th scope="col" key={d}>
                {d}
              </th>
            ))}
            {pricesDiffer && <th scope="col">{t('price')}</th>}
            <th scope="col">{t('stock')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ sku, mine, inStock }) => (
            <tr key={sku.skuId} class={`${mine ? 'mine' : ''} ${inStock ? '' : 'sold-out'}`.trim()} data-sku={sku.skuId} data-mine={mine}>
              {dimensions.map((d) => (
                <td key={d}>
                  {sku.props[d] ?? '—'}
                  {mine && sku.size !== null && sku.props[d] === sku.size && <span class="mine-tag">{t('yourSize')}</span>}
                </td>
              ))}
              {pricesDiffer && <td>{formatMoney(sku.price, snapshot.currency)}</td>}
              <td class="stock">{stockText(sku.stock, inStock, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
