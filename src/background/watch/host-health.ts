/**
 * What the checker knows about each shop host: whether it is backing off after errors, and whether
 * it has asked for the shopper (a login wall or an anti-bot check). Pure state transitions; the
 * book is persisted by `host-book.ts`.
 */

export type BlockReason = 'login' | 'anti-bot';

export interface HostBlock {
  reason: BlockReason;
  /** ISO time the wall was first met. */
  since: string;
  /** The page the shopper should open once to get past the wall. */
  openUrl: string;
  /** What gave the wall away (a redirect target or a marker on the page). */
  evidence: string;
}

export interface HostHealth {
  failures: number;
  /** No request to this host before this ISO time. */
  retryAt: string | null;
  lastError: string | null;
  blocked: HostBlock | null;
}

export const HEALTHY_HOST: HostHealth = { failures: 0, retryAt: null, lastError: null, blocked: null };

const HOST_BACKOFF_BASE_MS = 2 * 60_000;
const HOST_BACKOFF_MAX_MS = 6 * 60 * 60_000;

/** Exponential host back-off: 2, 4, 8 … minutes after consecutive failures, capped at 6 hours. */
export function hostBackoffMs(failures: number): number {
  return Math.min(HOST_BACKOFF_MAX_MS, HOST_BACKOFF_BASE_MS * 2 ** Math.min(Math.max(0, failures - 1), 16));
}

export function afterHostFailure(health: HostHealth, at: Date, message: string): HostHealth {
  const failures = health.failures + 1;
  return { ...health, failures, lastError: message, retryAt: new Date(at.getTime() + hostBackoffMs(failures)).toISOString() };
}

/** A page that read fine: the host is reachable and lets the extension in. */
export function afterHostSuccess(): HostHealth {
  return HEALTHY_HOST;
}

/** Keeps the first wall's time: the shopper is asked once, not once per check. */
export function afterHostBlocked(health: HostHealth, block: HostBlock): HostHealth {
  return { ...health, blocked: health.blocked ?? block };
}

export type HostAvailability =
  { ready: true } | { ready: false; reason: 'blocked'; block: HostBlock } | { ready: false; reason: 'backing-off'; until: string };

export function hostAvailability(health: HostHealth | undefined, now: Date): HostAvailability {
  if (!health) return { ready: true };
  if (health.blocked) return { ready: false, reason: 'blocked', block: health.blocked };
  if (health.retryAt && Date.parse(health.retryAt) > now.getTime()) return { ready: false, reason: 'backing-off', until: health.retryAt };
  return { ready: true };
}
