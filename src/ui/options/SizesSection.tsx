import { useState } from 'preact/hooks';
import { cleanSizes, SizeFields, sizesReadable } from '../components/SizeFields';
import type { Translate } from '../i18n';
import type { MySizes } from '../my-size';
import { SaveStatus, Section, useSave } from './Section';

interface Props {
  sizes: MySizes;
  onSave(sizes: MySizes): Promise<void>;
  t: Translate;
}

export function SizesSection({ sizes: initial, onSave, t }: Props) {
  const [sizes, setSizes] = useState<MySizes>(initial);
  const [state, save] = useSave();
  return (
    <Section id="sizes" title={t('sectionSizes')} intro={t('sectionSizesIntro')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (sizesReadable(sizes)) void save(() => onSave(cleanSizes(sizes)));
        }}
      >
        <SizeFields sizes={sizes} onChange={setSizes} t={t} idPrefix="options-size" />
        <div class="actions">
          <button type="submit" class="button primary" disabled={!sizesReadable(sizes) || state.kind === 'saving'} data-testid="save-sizes">
            {t('save')}
          </button>
          <SaveStatus state={state} t={t} />
        </div>
      </form>
    </Section>
  );
}
