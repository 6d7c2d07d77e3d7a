/**
 * One background check of one product page: fetch it politely, tell a wall from a page, read it
 * with the site's adapter and fill in what the site's data services know.
 */
import type { ProductSnapshot } from '../../core/types';
import { decodeHtml } from '../../parse/charset';
import { otherProduct, unfetchable } from './fetch-guard';
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
  /** How long reading one fetched page may take before the check gives up on it. */
  readBudgetMs?: number;
}

/** A real product page reads in well under a second; a page built to be slow gets this long. */
const READ_BUDGET_MS = 5_000;

/**
 * The read, or a failure once the budget is spent. The offscreen document may still be busy with
 * the page; it is closed when the round ends (page-reader.ts), which ends that work too.
 */
function withinBudget<T>(reading: Promise<T>, budgetMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reading took over ${budgetMs / 1000} s`)), budgetMs);
  });
  return Promise.race([reading, late]).finally(() => clearTimeout(timer));
}

const DEFAULT_TIMEOUT_MS = 20_000;

type Fetched =
  | { kind: 'ok'; finalUrl: string; body: string }
  | { kind: 'redirected-away' }
  | { kind: 'http'; status: number }
  | { kind: 'network'; message: string };

/** The most of a page a check reads: real product pages are a few hundred KB. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/**
 * Fetches without cookies: a check sees the page as any visitor does, so the shop learns nothing
 * of the shopper's session from it (and SameSite=Strict cookies stay home). Redirects are not
 * followed: where one leads is the shop's choice (a login page, or the shopper's router), so it
 * counts as "sent away" and nothing there is fetched.
 */
async function fetchPage(deps: FetchCheckDeps, url: string): Promise<Fetched> {
  const timeout = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const response = await deps.fetch(url, { credentials: 'omit', redirect: 'manual', signal: AbortSignal.timeout(timeout) });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return { kind: 'redirected-away' };
    if (!response.ok) return { kind: 'http', status: response.status };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_PAGE_BYTES) return { kind: 'network', message: `the page is over ${MAX_PAGE_BYTES >> 20} MB` };
    // `text()` would read a GBK page (legacy Taobao/Tmall) as UTF-8: decode by its declared charset.
    const body = decodeHtml(bytes, response.headers.get('content-type'));
    return { kind: 'ok', finalUrl: url, body };
  } catch (error) {
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  }
}

function safeHost(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}

/** HTTP statuses that say the host, not the page, is in trouble. */
const isHostFault = (status: number) => status === 429 || status >= 500;

export async function checkProduct(target: CheckTarget, deps: FetchCheckDeps): Promise<CheckOutcome> {
  const plan = checkPlanFor(target);
  const refused = unfetchable(plan.pageUrl, target);
  if (refused) return { kind: 'failed', host: safeHost(plan.pageUrl), pageUrl: plan.pageUrl, message: refused, hostFault: false };
  const host = new URL(plan.pageUrl).hostname;
  const base = { host, pageUrl: plan.pageUrl };

  const page = await deps.gate.run(host, () => fetchPage(deps, plan.pageUrl));
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
    read = await withinBudget(
      deps.reader.read({ html: page.body, url: page.finalUrl, now: deps.now().toISOString() }),
      deps.readBudgetMs ?? READ_BUDGET_MS,
    );
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
  // A page that names another product is not a reading of this one, whatever it says.
  const stray = otherProduct(snapshot, target);
  if (stray) return { kind: 'failed', ...base, message: stray, hostFault: false };

  // The site's data services are read after the page, each on its own host's lane. They only add
  // to the snapshot: one that fails leaves a warning, never a failed check.
  await Promise.all(
    plan.data.map(async (request) => {
      const refusedData = unfetchable(request.url, target);
      if (refusedData) return void snapshot.warnings.push(refusedData);
      const dataHost = new URL(request.url).hostname;
      const answer = await deps.gate.run(dataHost, () => fetchPage(deps, request.url));
      if (answer.kind === 'ok') request.apply(snapshot, answer.body);
      else snapshot.warnings.push(`${dataHost} did not answer (${answer.kind === 'http' ? `HTTP ${answer.status}` : answer.kind})`);
    }),
  );
  return { kind: 'read', ...base, snapshot };
}
