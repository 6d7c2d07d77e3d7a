import type { BlockedHostView, WatchList, WatchView } from '../../messaging/watch-messages';
import { formatDateTime, formatMoney } from '../format';
import type { Lang, Translate } from '../i18n';
import { Section } from './Section';

interface Props {
  list: WatchList;
  onPause(id: number): Promise<void>;
  onResume(id: number): Promise<void>;
  onRemove(id: number): Promise<void>;
  onHostOpened(host: string): Promise<void>;
  lang: Lang;
  t: Translate;
}

function whatItWatches(w: WatchView, t: Translate): string {
  if (w.kind === 'restock') return t('watchKindRestock', { size: w.sizeLabel ?? w.skuId ?? t('anySize') });
  return w.targetPrice === null ? t('watchKindPromoPrice') : t('watchKindPrice', { price: formatMoney(w.targetPrice, w.currency) });
}

function BlockedHost({ host, onHostOpened, t }: { host: BlockedHostView; onHostOpened(host: string): Promise<void>; t: Translate }) {
  return (
    <li class="blocked" data-testid="blocked-host">
      <span>{t(host.reason === 'login' ? 'hostNeedsLogin' : 'hostNeedsCheck', { host: host.host })}</span>{' '}
      <a href={host.openUrl} target="_blank" rel="noreferrer">
        {t('openOnce')}
      </a>{' '}
      <button type="button" class="button" onClick={() => void onHostOpened(host.host)}>
        {t('hostOpened')}
      </button>
    </li>
  );
}

/** Every restock and price watch, pausable and removable, and the hosts waiting for the shopper. */
export function WatchesSection({ list, onPause, onResume, onRemove, onHostOpened, lang, t }: Props) {
  return (
    <Section id="watches" title={t('sectionWatches')} intro={t('sectionWatchesIntro')}>
      {list.blockedHosts.length > 0 && (
        <ul class="plain-list" data-testid="blocked-hosts">
          {list.blockedHosts.map((h) => (
            <BlockedHost key={h.host} host={h} onHostOpened={onHostOpened} t={t} />
          ))}
        </ul>
      )}
      {list.watches.length === 0 ? (
        <p class="muted" data-testid="watches-empty">
          {t('watchesNone')}
        </p>
      ) : (
        <ul class="plain-list watches" data-testid="watches">
          {list.watches.map((w) => (
            <li key={w.id} data-testid="watch" data-status={w.status}>
              <div class="watch-title">
                {w.url ? (
                  <a href={w.url} target="_blank" rel="noreferrer">
                    {w.title ?? w.productKey}
                  </a>
                ) : (
                  (w.title ?? w.productKey)
                )}
              </div>
              <div class="muted small">
                {[
                  whatItWatches(w, t),
                  w.auto ? t('watchAuto') : null,
                  w.status === 'paused'
                    ? t('watchPaused')
                    : w.lastCheckedAt
                      ? t('lastChecked', { time: formatDateTime(w.lastCheckedAt, lang) })
                      : t('notCheckedYet'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              <div class="actions">
                {w.status === 'active' ? (
                  <button type="button" class="button" onClick={() => void onPause(w.id)} data-testid="pause-watch">
                    {t('pause')}
                  </button>
                ) : (
                  <button type="button" class="button" onClick={() => void onResume(w.id)} data-testid="resume-watch">
                    {t('resume')}
                  </button>
                )}
                <button type="button" class="button" onClick={() => void onRemove(w.id)} data-testid="remove-watch">
                  {t('remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
