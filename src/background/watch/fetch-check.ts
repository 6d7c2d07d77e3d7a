/**
 * One background check of one product page: fetch it politely, tell a wall from a page, read it
 * with the site's adapter and fill in what the site's data services know.
 */
import type { ProductSnapshot } from '../../core/types';
import { decodeHtml } from '../../parse/charset';
import type { BlockReason } from './host-health';
import type { PageReader } from './page-reader';
import type { HostGate } from './politeness';
import { checkPlanFor, type CheckTarget } from './site-checks';
import { classifyFetchedPage } from './walls';

export type CheckOutcome =
  | { kind: 'read'; host: string; pageUrl: string; snapshot: ProductSnapshot }
  | { kind: 'wall'; host: string; pageUrl: string; reason: BlockReason; evidence: string }
  /** `hostFault`: the host is unwell (network, 5xx, 429) and should back off as a whole. */
  | { kind: 'failed'; host: string; pageUrl: string; message: string; hostFault: boolean };

export interface FetchCheckDeps {
  fetch: typeof fetch;
  gate: HostGate;
  reader: PageReader;
  now: () => Date;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

type Fetched =
  | { kind: 'ok'; finalUrl: string; body: string }
  | { kind: 'redirected-away' }
  | { kind: 'http'; status: number }
  | { kind: 'network'; message: string };

/**
 * Fetches with the shopper's cookies (a logged-in session sees member prices and fewer walls).
 * A redirect to a host the extension may not read (a login page) fails as a CORS error; a second,
 * manual-redirect request tells that apart from a network error without following it.
 */
async function fetchPage(deps: FetchCheckDeps, url: string, credentials: RequestCredentials): Promise<Fetched> {
  const timeout = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const response = await deps.fetch(url, { credentials, redirect: 'follow', signal: AbortSignal.timeout(timeout) });
    if (!response.ok) return { kind: 'http', status: response.status };
    // `text()` would read a GBK page (legacy Taobao/Tmall) as UTF-8: decode by its declared charset.
    const body = decodeHtml(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
    return { kind: 'ok', finalUrl: response.url || url, body };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    try {
      const probe = await deps.fetch(url, { credentials, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) return { kind: 'redirected-away' };
    } catch {
      // The probe failing too confirms a network error.
    }
    return { kind: 'network', message };
  }
}

/** HTTP statuses that say the host, not the page, is in trouble. */
const isHostFault = (status: number) => status === 429 || status >= 500;

export async function checkProduct(target: CheckTarget, deps: FetchCheckDeps): Promise<CheckOutcome> {
  const plan = checkPlanFor(target);
  const host = new URL(plan.pageUrl).hostname;
  const base = { host, pageUrl: plan.pageUrl };

  const page = await deps.gate.run(host, () => fetchPage(deps, plan.pageUrl, 'include'));
  switch (page.kind) {
    case 'redirected-away':
      return { kind: 'wall', ...base, reason: 'login', evidence: 'redirected to a page the extension cannot read (a login page)' };
    case 'network':
      return { kind: 'failed', ...base, message: `network error: ${page.message}`, hostFault: true };
    case 'http':
      return { kind: 'failed', ...base, message: `HTTP ${page.status}`, hostFault: isHostFault(page.status) };
  }
  const verdict = classifyFetchedPage(page.finalUrl, page.body);
  if (verdict.kind === 'wall') return { kind: 'wall', ...base, reason: verdict.reason, evidence: verdict.evidence };

  let read: Awaited<ReturnType<PageReader['read']>>;
  try {
    read = await deps.reader.read({ html: page.body, url: page.finalUrl, now: deps.now().toISOString() });
  } catch (error) {
    // The reader itself broke (the offscreen document went away): this page, not the host, failed.
    return {
      kind: 'failed',
      ...base,
      message: `could not read the page: ${error instanceof Error ? error.message : String(error)}`,
      hostFault: false,
    };
  }
  if (!read.ok) return { kind: 'failed', ...base, message: read.error, hostFault: false };
  const snapshot = read.snapshot;

  // The site's data services are read after the page, each on its own host's lane. They only add
  // to the snapshot: one that fails leaves a warning, never a failed check.
  await Promise.all(
    plan.data.map(async (request) => {
      const dataHost = new URL(request.url).hostname;
      const answer = await deps.gate.run(dataHost, () => fetchPage(deps, request.url, 'omit'));
      if (answer.kind === 'ok') request.apply(snapshot, answer.body);
      else snapshot.warnings.push(`${dataHost} did not answer (${answer.kind === 'http' ? `HTTP ${answer.status}` : answer.kind})`);
    }),
  );
  return { kind: 'read', ...base, snapshot };
}
