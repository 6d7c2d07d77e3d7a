import type { PricePoint } from '../../core/views';
import { formatDate, formatMoney } from '../format';
import type { Lang, MessageKey, Translate } from '../i18n';

interface Props {
  sighting: PricePoint;
  references: ReadonlyArray<[MessageKey, number | null]>;
  currency: string;
  lang: Lang;
  t: Translate;
}

/** A product seen once: no axis with one dot, but the price seen and the prices to weigh it against. */
export function OnePriceNote({ sighting, references, currency, lang, t }: Props) {
  const known = references.filter((r): r is [MessageKey, number] => r[1] !== null);
  return (
    <div class="one-price" data-testid="chart-one-price">
      <p class="muted small">
        {t('chartOnePointNote', { price: formatMoney(sighting.price, currency), date: formatDate(sighting.at, lang) })}
      </p>
      {known.length > 0 && (
        <dl class="reference-prices" aria-label={t('chartReferencesHeading')}>
          {known.map(([label, price]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{formatMoney(price, currency)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
