import type { Severity, Trap } from '../core/types';
import { formatDate, formatMoney, formatNumber, formatPercent } from './format';
import type { Lang, MessageKey, Translate } from './i18n';

/** Most serious first; a 'good' finding is news, not a trap, and goes last. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { danger: 0, warn: 1, info: 2, good: 3 };

export function sortTraps(traps: readonly Trap[]): Trap[] {
  return [...traps].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** What the badge counts: the findings that ask the shopper to be careful. */
export function countTraps(traps: readonly Trap[]): number {
  return traps.filter((t) => t.severity === 'danger' || t.severity === 'warn').length;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, MessageKey>> = {
  danger: 'severityDanger',
  warn: 'severityWarn',
  info: 'severityInfo',
  good: 'severityGood',
};

/**
 * A trap's text in the shopper's language. The rules may carry English beside the Chinese
 * (`titleEn`, `detailEn`); without it the rule's own text is shown as written.
 */
export function trapText(trap: Trap, lang: Lang): { title: string; detail: string } {
  const bilingual = trap as Trap & { titleEn?: unknown; detailEn?: unknown };
  if (lang === 'en') {
    return {
      title: typeof bilingual.titleEn === 'string' ? bilingual.titleEn : trap.title,
      detail: typeof bilingual.detailEn === 'string' ? bilingual.detailEn : trap.detail,
    };
  }
  return { title: trap.title, detail: trap.detail };
}

/** How an evidence value reads: by the shape of its key, since the rules name them consistently. */
type EvidenceKind = 'money' | 'date' | 'days' | 'percent' | 'count' | 'text';

const EVIDENCE_KIND_BY_KEY: ReadonlyArray<[RegExp, EvidenceKind]> = [
  [/(percent|ratio|share|fraction)$/i, 'percent'],
  [/days?(Left|Ago|Before|After)?$|Days/i, 'days'],
  [/(At|On|Date|Since|Until|From|To)$/, 'date'],
  [/(^count|Count$|stock|Stock|quantity|Quantity|months|Months|visits|Visits)/, 'count'],
  [/(price|Price|amount|Amount|discount|Discount|threshold|Threshold|low|Low|total|Total|saving|Saving)/, 'money'],
];

function evidenceKind(key: string, value: number | string): EvidenceKind {
  for (const [pattern, kind] of EVIDENCE_KIND_BY_KEY) if (pattern.test(key)) return kind;
  return typeof value === 'number' ? 'count' : 'text';
}

/** camelCase or kebab-case key as words, for keys the dictionary has no label for. */
function keyAsWords(key: string): string {
  return key
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?(T|$)/;

export function formatEvidenceValue(key: string, value: number | string, lang: Lang, t: Translate, currency = 'CNY'): string {
  const kind = evidenceKind(key, value);
  if (typeof value === 'string') {
    if (kind === 'date' && ISO_DATE.test(value)) return value.length <= 7 ? value : formatDate(value, lang);
    return value;
  }
  switch (kind) {
    case 'money':
      return formatMoney(value, currency);
    case 'percent':
      return formatPercent(value > 1 ? value / 100 : value, lang);
    case 'days':
      return t('daysCount', { n: formatNumber(value, lang) });
    default:
      return formatNumber(value, lang);
  }
}

export interface EvidenceRow {
  key: string;
  label: string;
  value: string;
}

/** The evidence of one trap as labelled rows, labels from `evidenceLabels` when known. */
export function evidenceRows(
  trap: Trap,
  lang: Lang,
  t: Translate,
  labels: Readonly<Record<string, { zh: string; en: string }>>,
  currency = 'CNY',
): EvidenceRow[] {
  return Object.entries(trap.evidence).map(([key, value]) => ({
    key,
    label: labels[key]?.[lang] ?? keyAsWords(key),
    value: formatEvidenceValue(key, value, lang, t, currency),
  }));
}
