import { useState } from 'preact/hooks';
import type { LangSetting, Translate } from '../i18n';
import { SaveStatus, Section, useSave } from './Section';

const CHOICES: ReadonlyArray<[LangSetting, string]> = [
  ['auto', ''],
  ['zh', '中文'],
  ['en', 'English'],
];

interface Props {
  lang: LangSetting;
  onSave(lang: LangSetting): Promise<void>;
  t: Translate;
}

/** Language: the browser's, Chinese or English. Each choice is named in its own language. */
export function LanguageSection({ lang, onSave, t }: Props) {
  const [chosen, setChosen] = useState(lang);
  const [state, save] = useSave();
  return (
    <Section id="language" title={t('sectionLanguage')}>
      <fieldset class="checks" role="radiogroup">
        <legend class="visually-hidden">{t('sectionLanguage')}</legend>
        {CHOICES.map(([value, name]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="lang"
              value={value}
              checked={chosen === value}
              data-testid={`lang-${value}`}
              onChange={() => {
                setChosen(value);
                void save(() => onSave(value));
              }}
            />
            {value === 'auto' ? t('langAuto') : name}
          </label>
        ))}
      </fieldset>
      <SaveStatus state={state} t={t} />
    </Section>
  );
}
