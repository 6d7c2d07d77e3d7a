import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { Section } from './Section';

export type ImportOutcome = { ok: true; summary: string } | { ok: false; error: string };

/** How far an import or export has got: rows stored of all rows, or just the step it is at. */
export interface DataProgress {
  phase: 'sending' | 'reading' | 'checking' | 'storing' | 'writing';
  done: number;
  total: number;
}
export type OnDataProgress = (progress: DataProgress) => void;

interface Props {
  exportData(onProgress: OnDataProgress): Promise<{ fileName: string; file: Blob }>;
  importData(file: Blob, onProgress: OnDataProgress): Promise<ImportOutcome>;
  deleteAll(): Promise<void>;
  t: Translate;
}

type Status =
  { kind: 'idle' } | { kind: 'busy'; progress: DataProgress | null } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

function download(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
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

  // Only the data buttons wait: the rest of the page stays usable while the background works.
  const run = async (action: (onProgress: OnDataProgress) => Promise<Status>) => {
    setStatus({ kind: 'busy', progress: null });
    try {
      setStatus(await action((progress) => setStatus({ kind: 'busy', progress })));
    } catch (error) {
      setStatus({ kind: 'error', text: t('dataFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The file goes to the background as it is: the page never reads or parses it.
    void run(async (onProgress) => {
      const outcome = await importData(file, onProgress);
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
            void run(async (onProgress) => {
              const file = await exportData(onProgress);
              download(file.fileName, file.file);
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
      {status.kind === 'busy' && <ProgressBar progress={status.progress} t={t} />}
      <p class={`data-status ${status.kind === 'error' ? 'field-error' : ''}`} role="status" data-testid="data-status">
        {status.kind === 'ok' || status.kind === 'error' ? status.text : status.kind === 'busy' ? progressText(status.progress, t) : ''}
      </p>
    </Section>
  );
}

function progressText(progress: DataProgress | null, t: Translate): string {
  switch (progress?.phase) {
    case undefined:
      return t('working');
    case 'sending':
      return t('progressSending');
    case 'reading':
      return t('progressReading');
    case 'checking':
      return t('progressChecking');
    case 'storing':
      return t('progressStoring', { done: progress.done, total: progress.total });
    case 'writing':
      return t('progressWriting');
  }
}

/** Rows stored of all rows while storing; a bar without a value (moving) while a step runs. */
function ProgressBar({ progress, t }: { progress: DataProgress | null; t: Translate }) {
  const measured = progress?.phase === 'storing' && progress.total > 0;
  return (
    <progress
      class="data-progress"
      data-testid="data-progress"
      aria-label={progressText(progress, t)}
      max={measured ? progress.total : undefined}
      value={measured ? progress.done : undefined}
    />
  );
}
