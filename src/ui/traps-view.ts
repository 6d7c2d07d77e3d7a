import type { Severity, Trap } from '../core/types';
import { formatCalendarDate, formatDateTime, formatMoney, formatNumber, formatPercent } from './format';
import type { Lang, CommonKey, Translate } from './i18n-core';

/** Most serious first; a 'good' finding is news, not a trap, and goes last. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { danger: 0, warn: 1, info: 2, good: 3 };

export function sortTraps(traps: readonly Trap[]): Trap[] {
  return [...traps].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** What the badge counts: the findings that ask the shopper to be careful. */
export function countTraps(traps: readonly Trap[]): number {
  return traps.filter((t) => t.severity === 'danger' || t.severity === 'warn').length;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, CommonKey>> = {
  danger: 'severityDanger',
  warn: 'severityWarn',
  info: 'severityInfo',
  good: 'severityGood',
};

/** How an evidence value reads: by the shape of its key, since the rules name them consistently. */
type EvidenceKind = 'money' | 'date' | 'days' | 'hours' | 'months' | 'percent' | 'count' | 'text';

const EVIDENCE_KIND_BY_KEY: ReadonlyArray<[RegExp, EvidenceKind]> = [
  [/Percent$|percent$|ratio$|Ratio$/, 'percent'],
  [/Hours$|hours$/, 'hours'],
  [/Days$|^days|Days?Left$|daysLeft/, 'days'],
  [/Months$|^months$|monthsSince|Since[A-Z]\w*$/, 'months'],
  [/(At|On|Date|Deadline|Start|End)$/, 'date'],
  [/(^count|Count$|Counted$|stock|Stock|quantity|Quantity|Units$|Use$|visits|Visits|InRun$|^limit$)/, 'count'],
  [/(price|Price|amount|Amount|discount|Discount|threshold|Threshold|difference|tolerance|gap|Total$|total$|saving|Saving)/, 'money'],
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

const ISO_DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

export interface EvidenceDictionaries {
  labels: Readonly<Record<string, { zh: string; en: string }>>;
  values: Readonly<Record<string, { zh: string; en: string }>>;
  /** A promo event's name from its id ('2025-double11-tmall' -> 双11). */
  eventName?(id: string, lang: Lang): string | null;
}

export function formatEvidenceValue(
  key: string,
  value: number | string,
  lang: Lang,
  t: Translate,
  dictionaries: EvidenceDictionaries,
  currency = 'CNY',
): string {
  if (typeof value === 'string') {
    if (key === 'event') return dictionaries.eventName?.(value, lang) ?? dictionaries.values[value]?.[lang] ?? value;
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value, lang);
    if (ISO_DAY_OR_MONTH.test(value)) return formatCalendarDate(value, lang);
    return dictionaries.values[value]?.[lang] ?? value;
  }
  switch (evidenceKind(key, value)) {
    case 'money':
      return formatMoney(value, currency);
    case 'percent':
      return formatPercent(value / 100, lang);
    case 'days':
      return t('daysCount', { n: formatNumber(value, lang) });
    case 'hours':
      return t('hoursCount', { n: formatNumber(value, lang) });
    case 'months':
      return t('monthsCount', { n: formatNumber(value, lang) });
    default:
      return formatNumber(value, lang);
  }
}

export interface EvidenceRow {
  key: string;
  label: string;
  value: string;
}

/** The evidence of one trap as labelled rows. */
export function evidenceRows(trap: Trap, lang: Lang, t: Translate, dictionaries: EvidenceDictionaries, currency = 'CNY'): EvidenceRow[] {
  return Object.entries(trap.evidence).map(([key, value]) => ({
    key,
    label: dictionaries.labels[key]?.[lang] ?? keyAsWords(key),
    value: formatEvidenceValue(key, value, lang, t, dictionaries, currency),
  }));
}
