import type { PricePoint } from '../../core/views';
import { formatDateTime, formatMoney } from '../format';
import type { Lang, MessageKey } from '../i18n';

interface Props {
  history: PricePoint[];
  lang: Lang;
  currency: string;
  t: (k: MessageKey) => string;
}

export function PriceHistoryTable({ history, lang, currency, t }: Props) {
  return (
    <section class="history">
      <h2>{t('priceHistory')}</h2>
      <table data-testid="price-history">
        <thead>
          <tr>
            <th scope="col">{t('seenOn')}</th>
            <th scope="col">{t('price')}</th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((p) => (
            <tr key={p.at}>
              <td>{formatDateTime(p.at, lang)}</td>
              <td>{formatMoney(p.price, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
