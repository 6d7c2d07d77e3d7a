import { useState } from 'preact/hooks';
import type { ProductSnapshot } from '../../core/types';
import type { Translate } from '../i18n';

export interface BoughtInput {
  skuId: string | null;
  unitPrice: number;
  quantity: number;
  /** YYYY-MM-DD, China date. */
  orderedAt: string;
}

type FormState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done' } | { kind: 'error'; message: string };

interface Props {
  snapshot: Pick<ProductSnapshot, 'skus' | 'price'>;
  /** Today's China date, the form's default. */
  today: string;
  onSubmit(input: BoughtInput): Promise<void>;
  t: Translate;
}

function skuLabel(props: Record<string, string>, skuId: string): string {
  const values = Object.values(props);
  return values.length > 0 ? values.join(' / ') : skuId;
}

/** "I bought this": the price paid, how many and when, for price-protection alerts. */
export function BoughtForm({ snapshot, today, onSubmit, t }: Props) {
  const [skuId, setSkuId] = useState(snapshot.skus.length === 1 ? snapshot.skus[0]!.skuId : '');
  const [price, setPrice] = useState(snapshot.price !== null ? String(snapshot.price) : '');
  const [quantity, setQuantity] = useState('1');
  const [date, setDate] = useState(today);
  const [state, setState] = useState<FormState>({ kind: 'idle' });

  async function submit(event: Event) {
    event.preventDefault();
    const unitPrice = Number(price);
    const count = Number(quantity);
    const day = date.trim();
    if (!(unitPrice > 0) || !Number.isInteger(count) || count < 1 || !isCalendarDay(day) || day > today) {
      setState({ kind: 'error', message: t('boughtBadInput') });
      return;
    }
    setState({ kind: 'saving' });
    try {
      await onSubmit({ skuId: skuId || null, unitPrice, quantity: count, orderedAt: day });
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'error', message: t('boughtFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <form class="bought-form" data-testid="bought-form" onSubmit={(e) => void submit(e)}>
      <p class="muted small">{t('boughtIntro')}</p>
      {snapshot.skus.length > 1 && (
        <label>
          {t('boughtSku')}
          <select value={skuId} onChange={(e) => setSkuId(e.currentTarget.value)} data-testid="bought-sku">
            <option value="">{t('boughtAnySku')}</option>
            {snapshot.skus.map((s) => (
              <option key={s.skuId} value={s.skuId}>
                {skuLabel(s.props, s.skuId)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="bought-row">
        <label>
          {t('boughtPrice')}
          <input
            type="number"
            min="0.01"
            step="0.01"
            inputMode="decimal"
            value={price}
            onInput={(e) => setPrice(e.currentTarget.value)}
            data-testid="bought-price"
          />
        </label>
        <label>
          {t('boughtQuantity')}
          <input
            type="number"
            min="1"
            step="1"
            value={quantity}
            onInput={(e) => setQuantity(e.currentTarget.value)}
            data-testid="bought-quantity"
          />
        </label>
        <label>
          {t('boughtDate')}
          {/* Typed as 2026-11-11 in either language, never in the browser's own date format. */}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={today}
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
            data-testid="bought-date"
          />
        </label>
      </div>
      <button type="submit" class="button" disabled={state.kind === 'saving'}>
        {t('boughtSubmit')}
      </button>
      {state.kind === 'done' && <span class="watch-status ok">{t('boughtSaved')}</span>}
      {state.kind === 'error' && (
        <span class="watch-status error" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** A real calendar day written YYYY-MM-DD. */
function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
}
