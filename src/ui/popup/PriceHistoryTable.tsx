import type { PricePoint } from '../../core/views';
import { formatDateTime, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';

interface Props {
  history: readonly PricePoint[];
  lang: Lang;
  currency: string;
  t: Translate;
}

/** The same history as the chart, as a table: for screen readers and for exact numbers. */
export function PriceHistoryTable({ history, lang, currency, t }: Props) {
  return (
    <table class="history-table" data-testid="price-history">
      <thead>
        <tr>
          <th scope="col">{t('seenOn')}</th>
          <th scope="col">{t('price')}</th>
          <th scope="col">{t('listPrice')}</th>
        </tr>
      </thead>
      <tbody>
        {[...history].reverse().map((p) => (
          <tr key={p.at}>
            <td>{formatDateTime(p.at, lang)}</td>
            <td>{formatMoney(p.price, currency)}</td>
            <td>{formatMoney(p.listPrice, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
