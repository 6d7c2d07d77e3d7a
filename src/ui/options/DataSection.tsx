import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { Section } from './Section';

export type ImportOutcome = { ok: true; summary: string } | { ok: false; error: string };

interface Props {
  exportData(): Promise<{ fileName: string; json: string }>;
  importData(json: string): Promise<ImportOutcome>;
  deleteAll(): Promise<void>;
  t: Translate;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

function download(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has started from the object URL; keep it alive a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export, import and delete everything: the shopper's data rights in three buttons. */
export function DataSection({ exportData, importData, deleteAll, t }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (action: () => Promise<Status>) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'error', text: t('dataFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      const outcome = await importData(await file.text());
      return outcome.ok
        ? { kind: 'ok', text: t('importDone', { summary: outcome.summary }) }
        : { kind: 'error', text: t('importFailed', { error: outcome.error }) };
    });
  };

  return (
    <Section id="data" title={t('sectionData')} intro={t('sectionDataIntro')}>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={status.kind === 'busy'}
          data-testid="export-data"
          onClick={() =>
            void run(async () => {
              const file = await exportData();
              download(file.fileName, file.json);
              return { kind: 'ok', text: t('exportDone', { file: file.fileName }) };
            })
          }
        >
          {t('exportData')}
        </button>
        <button
          type="button"
          class="button"
          disabled={status.kind === 'busy'}
          data-testid="import-data"
          onClick={() => fileInput.current?.click()}
        >
          {t('importData')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={onFile}
        />
        {!confirming && (
          <button
            type="button"
            class="button danger"
            disabled={status.kind === 'busy'}
            data-testid="delete-data"
            onClick={() => setConfirming(true)}
          >
            {t('deleteData')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text" data-testid="confirm-delete">
          <p id="confirm-delete-text">{t('deleteConfirm')}</p>
          <div class="actions">
            <button
              type="button"
              class="button danger"
              data-testid="confirm-delete-yes"
              ref={(el) => el?.focus()}
              onClick={() => {
                setConfirming(false);
                void run(async () => {
                  await deleteAll();
                  return { kind: 'ok', text: t('deleteDone') };
                });
              }}
            >
              {t('deleteConfirmYes')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p class={`data-status ${status.kind === 'error' ? 'field-error' : ''}`} role="status" data-testid="data-status">
        {status.kind === 'ok' || status.kind === 'error' ? status.text : status.kind === 'busy' ? t('working') : ''}
      </p>
    </Section>
  );
}
