import { useState } from 'preact/hooks';
import type { ThresholdOverrides } from '../../traps';
import type { MessageKey, Translate } from '../i18n';
import { SaveStatus, Section, useSave } from './Section';
import {
  defaultShown,
  effectiveThresholds,
  fieldKey,
  overridesFrom,
  shownValue,
  THRESHOLD_FIELDS,
  validThreshold,
  type ThresholdUnit,
} from './threshold-fields';

const UNIT: Readonly<Record<ThresholdUnit, MessageKey>> = {
  days: 'unitDays',
  months: 'unitMonths',
  yuan: 'unitYuan',
  percent: 'unitPercent',
  items: 'unitItems',
};

interface Props {
  overrides: ThresholdOverrides;
  onSave(overrides: ThresholdOverrides): Promise<void>;
  t: Translate;
}

function valuesOf(overrides: ThresholdOverrides): Record<string, number> {
  const effective = effectiveThresholds(overrides);
  return Object.fromEntries(THRESHOLD_FIELDS.map((f) => [fieldKey(f), shownValue(effective, f)]));
}

/** The rules' thresholds, each with its default beside it; only changes from the defaults are saved. */
export function ThresholdsSection({ overrides, onSave, t }: Props) {
  const [values, setValues] = useState(() => valuesOf(overrides));
  const [state, save] = useSave();
  const allValid = THRESHOLD_FIELDS.every((f) => validThreshold(f, values[fieldKey(f)]!));
  return (
    <Section id="thresholds" title={t('sectionThresholds')} intro={t('sectionThresholdsIntro')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (allValid) void save(() => onSave(overridesFrom(values)));
        }}
      >
        <div class="threshold-grid">
          {THRESHOLD_FIELDS.map((field) => {
            const key = fieldKey(field);
            const id = `threshold-${key.replace('.', '-')}`;
            const value = values[key]!;
            const valid = validThreshold(field, value);
            return (
              <div class="field threshold" key={key}>
                <label for={id}>{t(field.label)}</label>
                <div class="with-unit">
                  <input
                    id={id}
                    type="number"
                    inputMode="decimal"
                    min={field.min}
                    max={field.max}
                    step={field.step}
                    value={Number.isFinite(value) ? value : ''}
                    aria-invalid={!valid}
                    aria-describedby={`${id}-default`}
                    data-testid={`threshold-${key}`}
                    onInput={(e) => setValues({ ...values, [key]: (e.target as HTMLInputElement).valueAsNumber })}
                  />
                  <span class="unit">{t(UNIT[field.unit])}</span>
                </div>
                <span id={`${id}-default`} class={valid ? 'hint' : 'field-error'}>
                  {valid ? t('defaultValue', { value: defaultShown(field) }) : t('outOfRange', { min: field.min, max: field.max })}
                </span>
              </div>
            );
          })}
        </div>
        <div class="actions">
          <button type="submit" class="button primary" disabled={!allValid || state.kind === 'saving'} data-testid="save-thresholds">
            {t('save')}
          </button>
          <button type="button" class="button link" onClick={() => setValues(valuesOf({}))}>
            {t('resetDefaults')}
          </button>
          <SaveStatus state={state} t={t} />
        </div>
      </form>
    </Section>
  );
}
