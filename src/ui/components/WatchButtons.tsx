import { useState } from 'preact/hooks';
import type { Sku } from '../../core/types';
import { formatMoney } from '../format';
import type { Translate } from '../i18n';

export type WatchState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done' } | { kind: 'error'; message: string };

interface Props {
  /** Sold-out SKUs the shopper can ask to hear about, the shopper's own size first. */
  soldOut: ReadonlyArray<Pick<Sku, 'skuId' | 'props' | 'size'>>;
  /** The SKU to preselect: the shopper's size when it is sold out. */
  preferredSkuId: string | null;
  promoPrice: number | null;
  currency: string;
  /** Watches already set for this product. */
  watching: { restockSkuIds: readonly string[]; price: boolean };
  onWatchRestock(skuId: string): Promise<void>;
  onWatchPrice(price: number): Promise<void>;
  t: Translate;
}

function skuLabel(sku: Pick<Sku, 'props' | 'size'>): string {
  const values = Object.values(sku.props);
  return values.length > 0 ? values.join(' / ') : (sku.size ?? '—');
}

function Status({ state, t }: { state: WatchState; t: Translate }) {
  if (state.kind === 'done') return <span class="watch-status ok">{t('watchCreated')}</span>;
  if (state.kind === 'error')
    return (
      <span class="watch-status error" role="alert">
        {t('watchFailed', { error: state.message })}
      </span>
    );
  return null;
}

async function run(action: () => Promise<void>, set: (s: WatchState) => void): Promise<void> {
  set({ kind: 'saving' });
  try {
    await action();
    set({ kind: 'done' });
  } catch (error) {
    set({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Two alerts: a sold-out size back in stock, and a price at or below the promo price. */
export function WatchButtons({ soldOut, preferredSkuId, promoPrice, currency, watching, onWatchRestock, onWatchPrice, t }: Props) {
  const [skuId, setSkuId] = useState(preferredSkuId ?? soldOut[0]?.skuId ?? '');
  const [restock, setRestock] = useState<WatchState>({ kind: 'idle' });
  const [price, setPrice] = useState<WatchState>({ kind: 'idle' });
  const restockSet = watching.restockSkuIds.includes(skuId) || restock.kind === 'done';
  const priceSet = watching.price || price.kind === 'done';

  return (
    <div class="watch-buttons" data-testid="watch-buttons">
      <div class="watch-row">
        {soldOut.length === 0 ? (
          <p class="watch-note">{t('watchAllInStock')}</p>
        ) : (
          <>
            {soldOut.length > 1 && (
              <label class="watch-select">
                <span class="visually-hidden">{t('watchWhichSize')}</span>
                <select value={skuId} onChange={(e) => setSkuId((e.target as HTMLSelectElement).value)} data-testid="watch-size">
                  {soldOut.map((s) => (
                    <option key={s.skuId} value={s.skuId}>
                      {skuLabel(s)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button
              type="button"
              class="button"
              data-testid="watch-restock"
              disabled={restock.kind === 'saving' || restockSet}
              onClick={() => void run(() => onWatchRestock(skuId), setRestock)}
            >
              {restockSet
                ? t('watchingRestock')
                : t('watchRestock', { size: skuLabel(soldOut.find((s) => s.skuId === skuId) ?? soldOut[0]!) })}
            </button>
            <Status state={restock} t={t} />
          </>
        )}
      </div>
      <div class="watch-row">
        {promoPrice === null ? (
          <p class="watch-note">{t('watchPriceUnknown')}</p>
        ) : (
          <>
            <button
              type="button"
              class="button"
              data-testid="watch-price"
              disabled={price.kind === 'saving' || priceSet}
              onClick={() => void run(() => onWatchPrice(promoPrice), setPrice)}
            >
              {priceSet ? t('watchingPrice') : t('watchPrice', { price: formatMoney(promoPrice, currency) })}
            </button>
            <Status state={price} t={t} />
          </>
        )}
      </div>
    </div>
  );
}
