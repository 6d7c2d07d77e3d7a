import type { Severity } from '../core/types';
import type { Verdict, VerdictKind } from '../core/types';
import type { CommonKey } from './i18n-core';

export type { Verdict, VerdictKind };

export const VERDICT_LABEL: Readonly<Record<VerdictKind, CommonKey>> = {
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
