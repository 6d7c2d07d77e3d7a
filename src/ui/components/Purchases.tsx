import type { PurchaseView } from '../../messaging/protect-messages';
import { formatDate, formatDateTime, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';

interface Props {
  p: PurchaseView;
  lang: Lang;
  t: Translate;
  onOpen(product: { site: string; itemId: string }): void;
  onClose(id: number, status: 'claimed' | 'dismissed'): Promise<void>;
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
 * One bought item in the 返场 view: the price paid and now, its price-protection window, and an
 * open claim with a way to claim, mark it claimed or dismiss it.
 */
export function PurchaseItem({ p, lang, t, onOpen, onClose }: Props) {
  return (
    <li class="wl-item purchase" data-testid="purchase" data-status={p.status} data-claim={p.claimAmount ?? undefined}>
      <button type="button" class="wl-title link" onClick={() => onOpen(p)}>
        <span class="bought-tag">{t('boughtTag')}</span> {p.title ?? `${p.site} ${p.itemId}`}
      </button>
      <p class="wl-prices" data-testid="purchase-prices">
        {t('purchasePaid', { paid: formatMoney(p.unitPrice), quantity: p.quantity, now: formatMoney(p.priceNow) })}
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
}
