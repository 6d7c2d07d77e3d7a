import type { Severity, Trap, TrapId } from '../core/types';

/** Builds a trap; evidence values that are not finite numbers or strings are dropped. */
export function trap(
  id: TrapId,
  severity: Severity,
  title: string,
  detail: string,
  evidence: Record<string, number | string | undefined>,
): Trap {
  const kept: Trap['evidence'] = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) kept[key] = value;
  }
  return { id, severity, title, detail, evidence: kept };
}
