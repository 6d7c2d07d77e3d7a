import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';

interface Props {
  origin: string;
  /** Asks the browser for access to this shop; true when the shopper allowed it. */
  grant(origin: string): Promise<boolean>;
  t: Translate;
}

type GrantState = 'idle' | 'asking' | 'granted' | 'denied';

/**
 * A shop outside the built-in sites: the extension may read its schema.org product data, but only
 * once the shopper grants that one origin (an optional permission asked for here, on a click).
 */
export function OtherShopOffer({ origin, grant, t }: Props) {
  const [state, setState] = useState<GrantState>('idle');
  const host = new URL(origin).host;
  return (
    <section class="other-shop" data-testid="other-shop">
      <h2>{t('otherShopTitle')}</h2>
      <p>{t('otherShopBody', { host })}</p>
      {state === 'granted' ? (
        <p class="tone-text-good" role="status">
          {t('otherShopGranted')}
        </p>
      ) : (
        <>
          <button
            type="button"
            class="button primary"
            disabled={state === 'asking'}
            data-testid="grant-shop"
            onClick={() => {
              setState('asking');
              grant(origin).then(
                (ok) => setState(ok ? 'granted' : 'denied'),
                () => setState('denied'),
              );
            }}
          >
            {t('otherShopGrant', { host })}
          </button>
          {state === 'denied' && <p class="muted small">{t('otherShopDenied')}</p>}
        </>
      )}
    </section>
  );
}
