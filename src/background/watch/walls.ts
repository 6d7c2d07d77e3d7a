/**
 * Login walls and anti-bot pages, as data. When a background fetch meets one, retrying only makes
 * the shop more suspicious: the checker pauses the host and asks the shopper to open the page once.
 */
import type { BlockReason } from './host-health';

/** Hosts a shop sends a visitor to when it wants a login or a human check. */
export const WALL_HOSTS: ReadonlyArray<{ host: string; reason: BlockReason }> = [
  { host: 'passport.jd.com', reason: 'login' },
  { host: 'plogin.m.jd.com', reason: 'login' },
  { host: 'passport.m.jd.com', reason: 'login' },
  { host: 'cfe.m.jd.com', reason: 'anti-bot' },
  { host: 'login.taobao.com', reason: 'login' },
  { host: 'login.m.taobao.com', reason: 'login' },
  { host: 'login.tmall.com', reason: 'login' },
  { host: 'passport.tmall.com', reason: 'login' },
];

/** Text that only a wall page carries. */
export const WALL_MARKERS: ReadonlyArray<{ pattern: RegExp; reason: BlockReason; label: string }> = [
  { pattern: /<title>[^<]{0,20}京东验证/, reason: 'anti-bot', label: '京东验证' },
  { pattern: /risk_handler/, reason: 'anti-bot', label: 'risk_handler' },
  { pattern: /RGV587_ERROR/, reason: 'anti-bot', label: 'RGV587_ERROR' },
  { pattern: /_____tmd_____\/punish|punish\?x5secdata/, reason: 'anti-bot', label: 'x5sec punish' },
  {
    pattern: /(?:passport\.jd\.com\/new\/login|login\.taobao\.com\/member\/login|login\.tmall\.com)/,
    reason: 'login',
    label: 'login page link',
  },
];

/**
 * Markers are looked for only on small pages: a real product page is large and may mention a login
 * link in its header, while wall pages are a few kilobytes.
 */
export const WALL_PAGE_MAX_CHARS = 60_000;

export type PageVerdict = { kind: 'page' } | { kind: 'wall'; reason: BlockReason; evidence: string };

function wallHost(url: string): { host: string; reason: BlockReason } | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return WALL_HOSTS.find((w) => w.host === host) ?? null;
}

/** Reads a fetched page: the product page itself, or a wall (by where it ended up or what it says). */
export function classifyFetchedPage(finalUrl: string, body: string): PageVerdict {
  const host = wallHost(finalUrl);
  if (host) return { kind: 'wall', reason: host.reason, evidence: `redirected to ${host.host}` };
  if (body.length > WALL_PAGE_MAX_CHARS) return { kind: 'page' };
  for (const marker of WALL_MARKERS) {
    if (marker.pattern.test(body)) return { kind: 'wall', reason: marker.reason, evidence: marker.label };
  }
  return { kind: 'page' };
}
