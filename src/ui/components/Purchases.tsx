import type { PurchaseList, PurchaseView } from '../../messaging/protect-messages';
import { phaseAt, type PromoEvent } from '../../promo';
import { formatDate, formatDateTime, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';

interface Props {
  list: PurchaseList;
  /** The promo calendar, to say which promo a purchase was made in. */
  events: readonly PromoEvent[];
  lang: Lang;
  t: Translate;
  onOpen(product: { site: string; itemId: string }): void;
  onClose(id: number, status: 'claimed' | 'dismissed'): Promise<void>;
}

/** The promo a purchase was made in: its pre-sale or main sale (a 返场 purchase is not "in the promo"). */
function eventOf(p: PurchaseView, events: readonly PromoEvent[], lang: Lang): string | null {
  const found = phaseAt(new Date(p.orderedAt), events);
  if (!found.event || (found.phase !== 'pre-sale' && found.phase !== 'main')) return null;
  return lang === 'zh' ? found.event.name : found.event.nameEn;
}

function Standing({ p, lang, t }: { p: PurchaseView; lang: Lang; t: Translate }) {
  if (p.status === 'claimed') return <p class="tone-text-good">{t('purchaseClaimed', { amount: formatMoney(p.claimedAmount ?? 0) })}</p>;
  if (p.status === 'dismissed') return <p class="muted">{t('purchaseDismissed')}</p>;
  if (p.claimAmount !== null && p.window)
    return (
      <p class="tone-text-good purchase-claim" data-testid="purchase-claim">
        <strong>{t('purchaseClaim', { amount: formatMoney(p.claimAmount), deadline: formatDateTime(p.window.endsAt, lang) })}</strong>
      </p>
    );
  if (!p.window) return <p class="muted small">{t('purchaseNoWindow')}</p>;
  const rule = `${lang === 'zh' ? p.window.ruleName : p.window.ruleNameEn}${p.window.estimated ? `，${t('purchaseEstimated')}` : ''}`;
  return <p class="muted small">{t('purchaseWindow', { date: formatDate(p.window.endsAt, lang), rule })}</p>;
}

/**
 * What the shopper bought, beside what they carted: each purchase with the price paid and now, the
 * promo it was bought in, its price-protection window, and open claims first with a way to claim.
 */
export function Purchases({ list, events, lang, t, onOpen, onClose }: Props) {
  return (
    <section class="purchases" aria-labelledby="purchases-title" data-testid="purchases">
      <h2 id="purchases-title">{t('purchasesHeading')}</h2>
      {list.totalRecovered > 0 && <p class="tone-text-good">{t('purchasesRecovered', { amount: formatMoney(list.totalRecovered) })}</p>}
      {list.purchases.length === 0 ? (
        <p class="muted small">{t('purchasesEmpty')}</p>
      ) : (
        <ul class="purchase-list">
          {list.purchases.map((p) => {
            const event = eventOf(p, events, lang);
            return (
              <li key={p.id} class="wl-item" data-testid="purchase">
                <button type="button" class="wl-title link" onClick={() => onOpen(p)}>
                  {p.title ?? `${p.site} ${p.itemId}`}
                </button>
                <p class="wl-prices">
                  {t('purchasePaid', { paid: formatMoney(p.unitPrice), quantity: p.quantity, now: formatMoney(p.priceNow) })}
                  {event && <span class="muted"> · {t('purchaseInPromo', { event })}</span>}
                </p>
                <Standing p={p} lang={lang} t={t} />
                {p.status === 'open' && p.claimAmount !== null && (
                  <p class="purchase-actions">
                    <a class="button primary" href={p.claimUrl} target="_blank" rel="noopener noreferrer">
                      {t('purchaseOpenClaim')}
                    </a>{' '}
                    <button type="button" class="button" onClick={() => void onClose(p.id, 'claimed')}>
                      {t('purchaseMarkClaimed')}
                    </button>{' '}
                    <button type="button" class="link" onClick={() => void onClose(p.id, 'dismissed')}>
                      {t('purchaseDismiss')}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
