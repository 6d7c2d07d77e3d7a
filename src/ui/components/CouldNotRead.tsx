import { useState } from 'preact/hooks';
import type { ReadingQuality } from '../../core/reading-quality';
import type { Translate } from '../i18n-core';
import { FIELD_LABEL } from '../snapshot-fields';

interface Props {
  quality: ReadingQuality;
  t: Translate;
  /** Saves the page report; resolves to the file's name. Absent where no report can be made. */
  onReport?(): Promise<string>;
}

type ReportState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; file: string } | { kind: 'failed'; error: string };

/**
 * Shown instead of a verdict when the page could not be read reliably: which fields, why, and a
 * way to send us the page. Used by the popup and by the in-page panel alike.
 */
export function CouldNotRead({ quality, t, onReport }: Props) {
  const [report, setReport] = useState<ReportState>({ kind: 'idle' });
  const save = async () => {
    if (!onReport) return;
    setReport({ kind: 'saving' });
    try {
      setReport({ kind: 'saved', file: await onReport() });
    } catch (error) {
      setReport({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section class="could-not-read verdict tone-info" data-testid="could-not-read" aria-labelledby="could-not-read-title">
      <p id="could-not-read-title" class="verdict-line">
        <strong>{t('unreadTitle')}</strong>
      </p>
      <p class="unread-intro">{t('unreadIntro')}</p>
      <ul class="unread-fields">
        {quality.unread.map((u) => (
          <li key={u.field} data-field={u.field} data-why={u.why} data-testid="unread-field">
            <strong>{t(FIELD_LABEL[u.field])}</strong>
            {t('labelSeparator')}
            {t(u.why === 'missing' ? 'unreadMissing' : 'unreadUncertain')}
          </li>
        ))}
      </ul>
      {quality.warnings.length > 0 && (
        <details class="unread-warnings">
          <summary>{t('unreadWarnings')}</summary>
          <ul>
            {quality.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {onReport && (
        <p class="unread-report">
          <button type="button" class="button" onClick={() => void save()} disabled={report.kind === 'saving'} data-testid="report-page">
            {report.kind === 'saving' ? t('reportSaving') : t('reportPage')}
          </button>
          {report.kind === 'saved' && (
            <span role="status" data-testid="report-saved">
              {' '}
              {t('reportSaved', { file: report.file })}
            </span>
          )}
          {report.kind === 'failed' && (
            <span role="alert" class="tone-text-danger">
              {' '}
              {t('reportFailed', { error: report.error })}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
