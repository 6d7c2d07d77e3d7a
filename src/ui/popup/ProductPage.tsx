import { useMemo } from 'preact/hooks';
import type { ProductView } from '../../core/views';
import { eventsForSite, shanghaiDate, type PromoEvent } from '../../promo';
import { readingQuality } from '../../core/reading-quality';
import { BoughtForm, type BoughtInput } from '../components/BoughtForm';
import { CannotTellList } from '../components/CannotTellList';
import { CouldNotRead } from '../components/CouldNotRead';
import { SkuTable } from '../components/SkuTable';
import { TrapList } from '../components/TrapList';
import { VerdictLine } from '../components/VerdictLine';
import { WatchButtons } from '../components/WatchButtons';
import type { Lang, Translate } from '../i18n';
import { isMySize, mySizeLabel, skuInStock, sizeKindFor, type MySizes } from '../my-size';
import { countTraps } from '../traps-view';
import { popupTrapMemory } from './open-trap-memory';
import { PriceHistory } from './PriceHistory';
import { ProductSummary } from './ProductSummary';
import { chartReferences, eventNameIn } from './references';

/** What the product view can ask of the extension beyond showing data. */
export interface ProductActions {
  watchRestock(skuId: string, sizeLabel: string | null): Promise<void>;
  watchPrice(targetPrice: number): Promise<void>;
  /** Watches already set on this product. */
  watching: { restockSkuIds: readonly string[]; price: boolean };
  /** "I bought this", for price-protection alerts; rejects with the reason it was refused. */
  addPurchase?(input: BoughtInput): Promise<void>;
}

const trapMemory = popupTrapMemory();

interface Props {
  view: ProductView;
  sizes: MySizes;
  events: readonly PromoEvent[];
  now: Date;
  lang: Lang;
  t: Translate;
  actions: ProductActions | null;
  /** Saves a report of the page in the tab (HTML, reading, version); resolves to the file name. */
  reportPage?(): Promise<string>;
}

/**
 * The popup on a product, in the order a shopper reads it at 400×600: price beside the promo price,
 * the verdict, quiet "could not judge" lines, one line per trap, the price chart; then sizes and alerts.
 * A page that could not be read reliably gets no verdict, only what was not read and a way to report it.
 */
export function ProductPage({ view, sizes, events, now, lang, t, actions, reportPage }: Props) {
  const { snapshot, history, traps } = view;
  const quality = useMemo(() => readingQuality(snapshot), [snapshot]);
  // The chart shades this shop's promos only: Tmall's pre-sale means nothing on a JD page.
  const siteEvents = useMemo(() => eventsForSite(events, snapshot.site), [events, snapshot.site]);
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
      <ProductSummary snapshot={snapshot} firstSeenAt={view.firstSeenAt} promoPrice={references.promoPrice} lang={lang} t={t} />
      {quality.confident ? (
        <>
          <VerdictLine verdict={view.verdict} trapCount={countTraps(traps)} t={t} />
          <CannotTellList undetermined={view.undetermined} lang={lang} t={t} />
          <section class="traps-section" aria-labelledby="traps-title">
            <h2 id="traps-title" class="visually-hidden">
              {t('trapsHeading')}
            </h2>
            <TrapList
              traps={traps}
              lang={lang}
              t={t}
              eventName={(id, l) => eventNameIn(events, id, l)}
              currency={snapshot.currency}
              memory={trapMemory}
            />
          </section>
        </>
      ) : (
        <CouldNotRead quality={quality} t={t} onReport={reportPage} />
      )}
      <PriceHistory
        history={history}
        firstSeenAt={view.firstSeenAt}
        events={siteEvents}
        promoPrice={references.promoPrice}
        prepromoLow={references.prepromoLow}
        cartPrice={references.cartPrice}
        listPrice={snapshot.listPrice}
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
