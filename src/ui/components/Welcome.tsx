import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import type { MySizes } from '../my-size';
import { cleanSizes, SizeFields, sizesReadable } from './SizeFields';

interface Props {
  initial: MySizes;
  onDone(sizes: MySizes | null): Promise<void> | void;
  t: Translate;
}

/** First run: one short screen asking for the shopper's sizes, skippable. */
export function Welcome({ initial, onDone, t }: Props) {
  const [sizes, setSizes] = useState<MySizes>(initial);
  const [saving, setSaving] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!sizesReadable(sizes)) return;
    setSaving(true);
    try {
      await onDone(cleanSizes(sizes));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="welcome" data-testid="welcome" onSubmit={submit}>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeBody')}</p>
      <SizeFields sizes={sizes} onChange={setSizes} t={t} idPrefix="welcome" />
      <p class="welcome-privacy">{t('welcomePrivacy')}</p>
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving || !sizesReadable(sizes)} data-testid="welcome-save">
          {t('welcomeSave')}
        </button>
        <button type="button" class="button link" disabled={saving} onClick={() => void onDone(null)} data-testid="welcome-skip">
          {t('welcomeSkip')}
        </button>
      </div>
    </form>
  );
}
