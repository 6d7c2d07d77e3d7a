import { useMemo } from 'preact/hooks';
import type { ProductView } from '../../core/views';
import { shanghaiDate, type PromoEvent } from '../../promo';
import { BoughtForm, type BoughtInput } from '../components/BoughtForm';
import { SkuTable } from '../components/SkuTable';
import { TrapList } from '../components/TrapList';
import { VerdictLine } from '../components/VerdictLine';
import { WatchButtons } from '../components/WatchButtons';
import type { Lang, Translate } from '../i18n';
import { isMySize, mySizeLabel, skuInStock, sizeKindFor, type MySizes } from '../my-size';
import { countTraps } from '../traps-view';
import { eventNameIn } from './references';
import { PriceHistory } from './PriceHistory';
import { ProductSummary } from './ProductSummary';
import { chartReferences } from './references';

/** What the product view can ask of the extension beyond showing data. */
export interface ProductActions {
  watchRestock(skuId: string, sizeLabel: string | null): Promise<void>;
  watchPrice(targetPrice: number): Promise<void>;
  /** Watches already set on this product. */
  watching: { restockSkuIds: readonly string[]; price: boolean };
  /** "I bought this", for price-protection alerts; rejects with the reason it was refused. */
  addPurchase?(input: BoughtInput): Promise<void>;
}

interface Props {
  view: ProductView;
  sizes: MySizes;
  events: readonly PromoEvent[];
  now: Date;
  lang: Lang;
  t: Translate;
  actions: ProductActions | null;
}

/** The popup on a product: verdict, traps with evidence, price history, sizes and alerts. */
export function ProductPage({ view, sizes, events, now, lang, t, actions }: Props) {
  const { snapshot, history, traps } = view;
  const references = useMemo(
    () => chartReferences(traps, history, snapshot.site, events, now),
    [traps, history, snapshot.site, events, now],
  );
  const sizesApply = sizeKindFor(snapshot) !== null;
  const soldOut = snapshot.skus.filter((s) => !skuInStock(s));
  const mine = soldOut.find((s) => isMySize(s, snapshot, sizes));
  const orderedSoldOut = mine ? [mine, ...soldOut.filter((s) => s !== mine)] : soldOut;

  return (
    <>
      <ProductSummary snapshot={snapshot} firstSeenAt={view.firstSeenAt} lang={lang} t={t} />
      <VerdictLine verdict={view.verdict} trapCount={countTraps(traps)} t={t} />
      <section class="traps-section" aria-labelledby="traps-title">
        <h2 id="traps-title" class="visually-hidden">
          {t('trapsHeading')}
        </h2>
        <TrapList traps={traps} lang={lang} t={t} eventName={(id, l) => eventNameIn(events, id, l)} currency={snapshot.currency} />
      </section>
      <PriceHistory
        history={history}
        firstSeenAt={view.firstSeenAt}
        events={events}
        promoPrice={references.promoPrice}
        prepromoLow={references.prepromoLow}
        currency={snapshot.currency}
        now={now}
        lang={lang}
        t={t}
      />
      {snapshot.skus.length > 1 && (
        <section class="skus" aria-labelledby="skus-title">
          <h2 id="skus-title">{t('skuHeading')}</h2>
          <SkuTable snapshot={snapshot} sizes={sizes} t={t} />
          {sizesApply && mySizeLabel(snapshot, sizes) === null && <p class="muted small">{t('noSizesHint')}</p>}
        </section>
      )}
      {actions && (
        <section class="watch" aria-labelledby="watch-title">
          <h2 id="watch-title">{t('watchHeading')}</h2>
          <WatchButtons
            soldOut={orderedSoldOut}
            preferredSkuId={mine?.skuId ?? null}
            promoPrice={references.promoPrice}
            currency={snapshot.currency}
            watching={actions.watching}
            onWatchRestock={(skuId) => actions.watchRestock(skuId, snapshot.skus.find((s) => s.skuId === skuId)?.size ?? null)}
            onWatchPrice={(price) => actions.watchPrice(price)}
            t={t}
          />
        </section>
      )}
      {actions?.addPurchase && (
        <section class="bought" aria-labelledby="bought-title">
          <h2 id="bought-title">{t('boughtHeading')}</h2>
          <BoughtForm snapshot={snapshot} today={shanghaiDate(now)} onSubmit={actions.addPurchase} t={t} />
        </section>
      )}
    </>
  );
}
