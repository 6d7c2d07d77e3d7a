import type { AlertView } from '../../messaging/watch-messages';
import { formatDateTime } from '../format';
import type { Lang, Translate } from '../i18n';

interface Props {
  alerts: readonly AlertView[];
  lang: Lang;
  t: Translate;
}

/** The alerts already sent (newest first), so a missed notification is not lost. */
export function AlertHistory({ alerts, lang, t }: Props) {
  if (alerts.length === 0) return null;
  return (
    <section class="alerts" aria-labelledby="alerts-title" data-testid="alerts">
      <h2 id="alerts-title">{t('alertsTitle')}</h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.id} data-testid="alert">
            <div class="alert-title">
              {a.url ? (
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.title}
                </a>
              ) : (
                a.title
              )}
            </div>
            <div class="alert-body">{a.body}</div>
            <div class="muted small">
              {formatDateTime(a.sentAt, lang)}
              {a.held && ` · ${t('alertHeld')}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
