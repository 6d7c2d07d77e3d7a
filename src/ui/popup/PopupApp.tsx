import { useEffect, useState } from 'preact/hooks';
import type { ProductView } from '../../core/views';
import { sendMessage } from '../../messaging/protocol';
import { detectLang, translator } from '../i18n';
import { ProductSummary } from './ProductSummary';
import { PriceHistoryTable } from './PriceHistoryTable';

type State =
  | { kind: 'loading' }
  | { kind: 'no-product' }
  | { kind: 'not-seen' }
  | { kind: 'product'; view: ProductView }
  | { kind: 'error'; message: string };

async function activeTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Tests and the demo open the popup as a page; they name the product tab in `?tab=URL`.
  return new URLSearchParams(location.search).get('tab') ?? tab?.url ?? null;
}

export function PopupApp() {
  const lang = detectLang();
  const t = translator(lang);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const url = await activeTabUrl();
      if (!url || !/^https?:/.test(url)) return setState({ kind: 'no-product' });
      const lookup = await sendMessage('getProductView', { url });
      if (lookup.status === 'found') setState({ kind: 'product', view: lookup.view });
      else setState({ kind: lookup.status === 'not-seen' ? 'not-seen' : 'no-product' });
    })().catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);

  return (
    <main class="popup" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="popup-header">{t('appName')}</header>
      {state.kind === 'loading' && <p class="state">{t('loading')}</p>}
      {state.kind === 'no-product' && (
        <section class="state" data-testid="no-product">
          <h1>{t('noProductTitle')}</h1>
          <p>{t('noProductBody')}</p>
        </section>
      )}
      {state.kind === 'not-seen' && <p class="state" data-testid="not-seen">{t('notSeenYet')}</p>}
      {state.kind === 'error' && (
        <section class="state" role="alert">
          <h1>{t('errorTitle')}</h1>
          <p>{state.message}</p>
        </section>
      )}
      {state.kind === 'product' && (
        <>
          <ProductSummary snapshot={state.view.snapshot} t={t} />
          <PriceHistoryTable history={state.view.history} lang={lang} currency={state.view.snapshot.currency} t={t} />
        </>
      )}
    </main>
  );
}
