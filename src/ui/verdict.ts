import type { Severity } from '../core/types';
import type { MessageKey } from './i18n';

/** The one-line answer the popup and the panel lead with (the traps module decides it). */
export type VerdictKind = 'buy-now' | 'fine-to-wait' | 'skip';

export interface VerdictDisplay {
  kind: VerdictKind;
  /** The first reason, already in the shopper's language. */
  reason: string | null;
}

export const VERDICT_LABEL: Readonly<Record<VerdictKind, MessageKey>> = {
  'buy-now': 'verdictBuyNow',
  'fine-to-wait': 'verdictFineToWait',
  skip: 'verdictSkip',
};

/** The colour family a verdict is drawn in, shared with the trap severities. */
export const VERDICT_TONE: Readonly<Record<VerdictKind, Severity>> = {
  'buy-now': 'good',
  'fine-to-wait': 'info',
  skip: 'danger',
};

/** Reads a verdict from whatever the background sent, tolerating its absence. */
export function verdictFrom(value: unknown, lang: 'zh' | 'en'): VerdictDisplay | null {
  if (typeof value === 'string') return isVerdictKind(value) ? { kind: value, reason: null } : null;
  if (!value || typeof value !== 'object') return null;
  const v = value as { kind?: unknown; verdict?: unknown; reasons?: unknown; reasonsEn?: unknown };
  const kind = isVerdictKind(v.kind) ? v.kind : isVerdictKind(v.verdict) ? v.verdict : null;
  if (!kind) return null;
  const reasons = lang === 'en' && Array.isArray(v.reasonsEn) ? v.reasonsEn : v.reasons;
  const first: unknown = Array.isArray(reasons) ? reasons[0] : undefined;
  return { kind, reason: typeof first === 'string' ? first : first && typeof first === 'object' ? reasonText(first, lang) : null };
}

function reasonText(reason: object, lang: 'zh' | 'en'): string | null {
  const r = reason as { text?: unknown; textEn?: unknown; title?: unknown; titleEn?: unknown };
  const en = lang === 'en' ? (r.textEn ?? r.titleEn) : undefined;
  const text = typeof en === 'string' ? en : (r.text ?? r.title);
  return typeof text === 'string' ? text : null;
}

function isVerdictKind(value: unknown): value is VerdictKind {
  return value === 'buy-now' || value === 'fine-to-wait' || value === 'skip';
}
