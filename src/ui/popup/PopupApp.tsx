import { now as clockNow } from '../../core/clock';
import type { PromoEvent } from '../../promo';
import type { ComponentChildren } from 'preact';
import { parseProductKey } from '../../core/product-key';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { OtherShopOffer } from '../components/OtherShopOffer';
import { RadarMark } from '../components/RadarMark';
import { StateMessage } from '../components/StateMessage';
import { Welcome } from '../components/Welcome';
import { htmlLang, translator, uiLang, type Lang, type Translate } from '../i18n';
import { useLoad } from '../use-load';
import { HomePage, type ProductRef } from './HomePage';
import type { PopupClient, PopupPreferences, ProductQuery } from './popup-client';
import { ProductPage, type ProductActions } from './ProductPage';

/**
 * Where the popup starts. Tests and the demo open it as a page and name what to show:
 * `?tab=URL` (the product tab), `?product=site:itemId`, `?view=home` or `?view=welcome`.
 */
export type Route =
  | { kind: 'tab'; url: string | null }
  | { kind: 'product'; site: string; itemId: string; fromHome: boolean }
  | { kind: 'home' }
  | { kind: 'welcome' };

export function routeFromSearch(search: string): Route | null {
  const params = new URLSearchParams(search);
  const product = params.get('product');
  const key = product ? parseProductKey(product) : null;
  if (key) return { kind: 'product', site: key.site, itemId: key.itemId, fromHome: false };
  const view = params.get('view');
  if (view === 'home') return { kind: 'home' };
  if (view === 'welcome') return { kind: 'welcome' };
  const tab = params.get('tab');
  return tab !== null ? { kind: 'tab', url: tab } : null;
}

interface Props {
  client: PopupClient;
  /** The route from the popup's URL, or null to look at the active tab. */
  initialRoute: Route | null;
  now?: () => Date;
}

function ProductRoute({
  client,
  query,
  prefs,
  lang,
  t,
  now,
  onOpen,
}: {
  client: PopupClient;
  query: ProductQuery;
  prefs: PopupPreferences;
  lang: Lang;
  t: Translate;
  now: Date;
  onOpen: (p: ProductRef) => void;
}) {
  const key = JSON.stringify(query);
  // The background judges with the shopper's sizes: new sizes (from the welcome) mean a new verdict.
  const sizesKey = JSON.stringify(prefs.sizes);
  const [lookup, reload] = useLoad(() => client.productView(query), [key, sizesKey]);
  const [watching, reloadWatching] = useLoad(
    () => (lookup.kind === 'ok' && lookup.value.status === 'found' ? client.watchesOf(lookup.value.view.snapshot) : Promise.resolve(null)),
    [lookup],
  );
  if (lookup.kind === 'loading') return <StateMessage kind="loading" title={t('loading')} />;
  if (lookup.kind === 'error') {
    return (
      <StateMessage kind="error" title={t('errorTitle')}>
        <p>{t('errorBody', { error: lookup.message })}</p>
        <button type="button" class="button" onClick={reload}>
          {t('retry')}
        </button>
      </StateMessage>
    );
  }
  const found = lookup.value;
  if (found.status === 'not-a-product-page') {
    const offer = found.otherShopOrigin ? <OtherShopOffer origin={found.otherShopOrigin} grant={(o) => client.grantShop(o)} t={t} /> : null;
    return <HomeRoute client={client} events={prefs.events} now={now} lang={lang} t={t} onOpen={onOpen} intro offer={offer} />;
  }
  if (found.status === 'not-seen') {
    return (
      <StateMessage kind="empty" title={t('notSeenTitle')} testId="not-seen">
        <p>{t('notSeenYet')}</p>
      </StateMessage>
    );
  }
  const product = found.view.snapshot;
  // Alerts already set are a nicety: if they cannot be read, the buttons still work (or say why not).
  const alreadyWatching = watching.kind === 'ok' && watching.value ? watching.value : { restockSkuIds: [], price: false };
  const actions: ProductActions | null =
    watching.kind !== 'loading'
      ? {
          watching: alreadyWatching,
          watchRestock: async (skuId, sizeLabel) => {
            await client.watchRestock(product, skuId, sizeLabel);
            reloadWatching();
          },
          watchPrice: async (price) => {
            await client.watchPrice(product, price);
            reloadWatching();
          },
          addPurchase: (input) => client.addPurchase(product, input),
        }
      : null;
  return (
    <ProductPage
      view={found.view}
      sizes={prefs.sizes}
      events={prefs.events}
      now={now}
      lang={lang}
      t={t}
      actions={actions}
      // A report is of the page in the tab: only when the popup shows that tab's product.
      reportPage={'url' in query ? () => client.reportPage() : undefined}
    />
  );
}

function HomeRoute({
  client,
  events,
  now,
  lang,
  t,
  onOpen,
  intro = false,
  offer = null,
}: {
  client: PopupClient;
  events: readonly PromoEvent[];
  now: Date;
  lang: Lang;
  t: Translate;
  onOpen: (p: ProductRef) => void;
  /** Say first that the tab is not a product page. */
  intro?: boolean;
  /** What else there is to do about this page (read a shop outside the built-in sites). */
  offer?: ComponentChildren;
}) {
  const [watchlist, reload] = useLoad(() => client.watchlist(), []);
  // Alerts are a footnote here: if they cannot be read, the watchlist still shows.
  const [alerts] = useLoad(() => client.recentAlerts(), []);
  const [purchases, reloadPurchases] = useLoad(() => client.purchases(), []);
  return (
    <>
      {intro && (
        <section class="intro" data-testid="no-product">
          <h1>{t('noProductTitle')}</h1>
          <p>{t('noProductBody')}</p>
        </section>
      )}
      {offer}
      <HomePage
        watchlist={watchlist}
        reloadWatchlist={reload}
        alerts={alerts.kind === 'ok' ? alerts.value : []}
        purchases={purchases.kind === 'ok' ? purchases.value : null}
        events={events}
        now={now}
        closePurchase={async (id, status) => {
          await client.closePurchase(id, status);
          reloadPurchases();
        }}
        search={(q) => client.searchProducts(q)}
        onOpen={onOpen}
        lang={lang}
        t={t}
      />
    </>
  );
}

export function PopupApp({ client, initialRoute, now = clockNow }: Props) {
  const [prefs, reloadPrefs] = useLoad(() => client.preferences(), []);
  const [route, setRoute] = useState<Route | null>(initialRoute);
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  const lang: Lang = uiLang(prefs.kind === 'ok' ? prefs.value.lang : 'auto');
  const t = useMemo(() => translator(lang), [lang]);
  // One moment for the whole popup session, so every part judges the same day.
  const at = useMemo(() => now(), [now]);

  useEffect(() => {
    if (route !== null) return;
    client.activeTabUrl().then(
      (url) => setRoute({ kind: 'tab', url }),
      () => setRoute({ kind: 'tab', url: null }),
    );
  }, [route, client]);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);

  const openProduct = (p: ProductRef) => setRoute({ kind: 'product', site: p.site, itemId: p.itemId, fromHome: true });
  const goHome = () => setRoute({ kind: 'home' });

  // First run: the welcome sits above whatever the popup shows, so a verdict is never held back.
  const welcome =
    prefs.kind === 'ok' && (route?.kind === 'welcome' || !prefs.value.welcomeDone) && !welcomeClosed ? (
      <Welcome
        initial={prefs.value.sizes}
        t={t}
        onDone={async (sizes) => {
          await client.finishWelcome(sizes);
          setWelcomeClosed(true);
          reloadPrefs();
        }}
      />
    ) : null;

  let body;
  if (prefs.kind === 'loading' || route === null) body = <StateMessage kind="loading" title={t('loading')} />;
  else if (prefs.kind === 'error') {
    body = (
      <StateMessage kind="error" title={t('errorTitle')}>
        <p>{t('errorBody', { error: prefs.message })}</p>
        <button type="button" class="button" onClick={reloadPrefs}>
          {t('retry')}
        </button>
      </StateMessage>
    );
  } else if (route.kind === 'home' || route.kind === 'welcome')
    body = <HomeRoute client={client} events={prefs.value.events} now={at} lang={lang} t={t} onOpen={openProduct} />;
  else if (route.kind === 'tab' && (route.url === null || !/^https?:/.test(route.url))) {
    body = <HomeRoute client={client} events={prefs.value.events} now={at} lang={lang} t={t} onOpen={openProduct} intro />;
  } else {
    const query: ProductQuery = route.kind === 'tab' ? { url: route.url! } : { site: route.site, itemId: route.itemId };
    body = (
      <ProductRoute
        key={JSON.stringify(query)}
        client={client}
        query={query}
        prefs={prefs.value}
        lang={lang}
        t={t}
        now={at}
        onOpen={openProduct}
      />
    );
  }

  return (
    <main class="popup" lang={htmlLang(lang)}>
      <header class="popup-header">
        {route?.kind === 'product' && route.fromHome ? (
          <button type="button" class="link back" onClick={goHome} data-testid="back">
            ← {t('back')}
          </button>
        ) : (
          <span class="app-name">
            <RadarMark />
            {t('appName')}
          </span>
        )}
        <button type="button" class="link" onClick={() => client.openOptions()} data-testid="open-options">
          {t('openOptions')}
        </button>
      </header>
      {welcome}
      {body}
    </main>
  );
}
