import type { Undetermined } from '../../core/types';
import type { Lang, Translate } from '../i18n-core';
import { FIELD_LABEL } from '../snapshot-fields';
import { RULE_NAMES } from '../strings/rule-names';

interface Props {
  undetermined: readonly Undetermined[];
  lang: Lang;
  t: Translate;
}

/**
 * The rules that could not judge ("not enough data", "cannot verify"): one quiet line each, opened
 * for the reason. Never a trap, never counted, never in the verdict's colour.
 */
export function CannotTellList({ undetermined, lang, t }: Props) {
  if (undetermined.length === 0) return null;
  // Two rules can share a name (the promo-price family): one line says it once.
  const seen = new Set<string>();
  const lines = undetermined.filter((u) => {
    const name = RULE_NAMES[u.id][lang];
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  return (
    <ul class="cannot-tell" aria-label={t('cannotTellHeading')} data-testid="cannot-tell">
      {lines.map((u) => (
        <li key={u.id} data-rule={u.id} data-testid="cannot-tell-line">
          <details>
            <summary>{t('cannotTellLine', { rule: RULE_NAMES[u.id][lang] })}</summary>
            <p>{u.reason}</p>
            {u.fields.length > 0 && (
              <p class="muted">
                {t('cannotTellFields', { fields: u.fields.map((f) => t(FIELD_LABEL[f])).join(lang === 'zh' ? '、' : ', ') })}
              </p>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
