/**
 * A round of checks: every active watch that is due, most overdue first. Progress is each watch's
 * own `nextCheckAt`, written as soon as it is checked, so a round cut short by the service worker
 * stopping resumes where it stopped: what was checked is no longer due (never checked twice), what
 * was not is still due and first in line (never skipped for ever).
 */
import { parseProductKey } from '../../core/product-key';
import type { ProductSnapshot } from '../../core/types';
import type { CheckRoundSummary } from '../../messaging/watch-messages';
import { dueWatches, ingestSnapshot, recordWatchCheck, updateWatch, type ProductRow, type Watch } from '../../store';
import { withStoragePressureRelief } from '../storage-pressure';
import { raiseAlert } from './alerts';
import type { WatchContext } from './context';
import { checkProduct, type CheckOutcome } from './fetch-check';
import { afterHostBlocked, afterHostFailure, afterHostSuccess, hostAvailability, type HostHealth } from './host-health';
import { backoffMs, jitteredPeriodMs } from './schedule';
import { HostGate } from './politeness';
import { checkPlanFor, type CheckTarget } from './site-checks';
import { hostBook, progressBook } from './state-items';
import { applyProtectReading } from '../protect/claims';
import { evaluateWatch, isShopperWatch, readWatched, type WatchProgress } from './watched-state';

/** Checks in flight at once across all hosts; each host also keeps its own limit. */
const PARALLEL_CHECKS = 6;

export type RoundReport = Omit<CheckRoundSummary, 'fanchangAlerts' | 'protectReminders'>;

/** Progress of a watch made before any reading: armed since it was created. */
export function initialProgress(watch: Pick<Watch, 'createdAt'>): WatchProgress {
  return { lastAvailable: null, lastPrice: null, armedAt: watch.createdAt };
}

export function targetOf(watch: Pick<Watch, 'productKey' | 'skuId'>, product: ProductRow | undefined): CheckTarget | null {
  const key = parseProductKey(watch.productKey);
  if (!key) return null;
  return { site: key.site, itemId: key.itemId, skuId: watch.skuId, url: product?.snapshot.url ?? '' };
}

/** The page a click on this watch's alert opens. */
export function pageUrlOf(watch: Pick<Watch, 'productKey' | 'skuId'>, product: ProductRow | undefined): string | null {
  const target = targetOf(watch, product);
  return target ? checkPlanFor(target).pageUrl || null : null;
}

/**
 * Applies one reading of a product to one watch: remembers what it saw, alerts on news, and counts
 * as that watch's check. Shared by background checks and the shopper's own visits.
 */
export async function applyReading(ctx: WatchContext, watch: Watch, snapshot: ProductSnapshot, pageUrl: string | null): Promise<boolean> {
  if (!isShopperWatch(watch)) return applyProtectReading(ctx, watch, snapshot);
  const settings = await ctx.settings();
  const progress = (await progressBook.get(watch)) ?? initialProgress(watch);
  const reading = readWatched(watch, snapshot);
  const { progress: next, change } = evaluateWatch({ ...watch, ...progress }, reading, snapshot.capturedAt);
  await progressBook.set(watch, next);
  const now = ctx.now();
  await recordWatchCheck(ctx.db, watch.id, {
    checkedAt: now.toISOString(),
    nextCheckAt: new Date(now.getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random)).toISOString(),
    ok: true,
  });
  if (!change) return false;
  const result = await raiseAlert(ctx, {
    kind: change.kind,
    eventKey: change.eventKey,
    watchId: watch.id,
    productKey: watch.productKey,
    url: pageUrl ?? snapshot.url,
    facts:
      change.kind === 'restock'
        ? {
            kind: 'restock',
            productTitle: snapshot.title,
            currency: snapshot.currency,
            sizeLabel: change.sizeLabel,
            priceNow: change.priceNow,
            priceThen: change.priceThen,
          }
        : {
            kind: 'price',
            productTitle: snapshot.title,
            currency: snapshot.currency,
            sizeLabel: change.sizeLabel,
            priceNow: change.priceNow ?? 0,
            priceThen: change.priceThen,
            targetPrice: change.targetPrice ?? change.priceNow ?? 0,
          },
  });
  return result !== 'duplicate';
}

async function deferWatches(ctx: WatchContext, watches: Watch[], until: Date): Promise<void> {
  await Promise.all(watches.map((w) => updateWatch(ctx.db, w.id, { nextCheckAt: until.toISOString() })));
}

async function setHost(host: string, before: HostHealth | null, after: HostHealth): Promise<void> {
  // A healthy host that stays healthy is the common case: no write.
  if (before === null && after.failures === 0 && after.blocked === null) return;
  await hostBook.set(host, after);
}

/** What one round has learnt so far: hosts found behind a wall are not asked again in it. */
interface RoundState {
  report: RoundReport;
  walled: Set<string>;
}

async function recordOutcome(ctx: WatchContext, outcome: CheckOutcome, watches: Watch[], round: RoundState): Promise<void> {
  const { report } = round;
  if (outcome.kind === 'wall' && round.walled.has(outcome.host)) {
    // Another page of the same host met the wall in this round (its fetch was already under way).
    report.deferred += watches.length;
    const settings = await ctx.settings();
    await deferWatches(ctx, watches, new Date(ctx.now().getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random)));
    return;
  }
  if (outcome.kind === 'wall') round.walled.add(outcome.host);
  const settings = await ctx.settings();
  const now = ctx.now();
  const before = await hostBook.get(outcome.host);
  switch (outcome.kind) {
    case 'read': {
      await setHost(outcome.host, before, afterHostSuccess());
      try {
        // A check is a visit: its reading joins the product's history like the shopper's own.
        const events = await ctx.promoEvents();
        await withStoragePressureRelief(ctx.db, () => ingestSnapshot(ctx.db, outcome.snapshot, { events }), { events, now: ctx.now });
      } catch (error) {
        console.warn('[返场雷达] a checked page could not be stored:', error);
      }
      for (const watch of watches) {
        if (await applyReading(ctx, watch, outcome.snapshot, outcome.pageUrl)) report.alerts++;
      }
      report.checked += watches.length;
      return;
    }
    case 'wall': {
      const block = { reason: outcome.reason, since: now.toISOString(), openUrl: outcome.pageUrl, evidence: outcome.evidence };
      const after = afterHostBlocked(before ?? afterHostSuccess(), block);
      await hostBook.set(outcome.host, after);
      report.walls++;
      const site = targetOf(watches[0]!, undefined)?.site ?? null;
      await raiseAlert(ctx, {
        kind: 'host-blocked',
        eventKey: `host-blocked:${outcome.host}:${after.blocked!.since}`,
        watchId: null,
        productKey: null,
        url: after.blocked!.openUrl,
        facts: { kind: 'host-blocked', site, host: outcome.host, reason: after.blocked!.reason },
      });
      // Checked again once the shopper has been past the wall (see `resumeHost`), or a period on.
      await deferWatches(ctx, watches, new Date(now.getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random)));
      return;
    }
    case 'failed': {
      if (outcome.hostFault) await hostBook.set(outcome.host, afterHostFailure(before ?? afterHostSuccess(), now, outcome.message));
      report.failed += watches.length;
      for (const watch of watches) {
        const wait = backoffMs(watch.failureCount + 1, settings.periodMinutes, ctx.random);
        await recordWatchCheck(ctx.db, watch.id, {
          checkedAt: now.toISOString(),
          nextCheckAt: new Date(now.getTime() + wait).toISOString(),
          ok: false,
        });
      }
      return;
    }
  }
}

interface PageGroup {
  target: CheckTarget;
  pageUrl: string;
  watches: Watch[];
}

/** Watches that share a page are checked with one fetch; a watch with no page to fetch is returned apart. */
function groupByPage(watches: Watch[], products: Map<string, ProductRow>): { groups: PageGroup[]; unplanned: Watch[] } {
  const groups = new Map<string, PageGroup>();
  const unplanned: Watch[] = [];
  for (const watch of watches) {
    const target = targetOf(watch, products.get(watch.productKey));
    const pageUrl = target ? checkPlanFor(target).pageUrl : '';
    if (!target || !URL.canParse(pageUrl)) {
      unplanned.push(watch);
      continue;
    }
    const group = groups.get(pageUrl);
    if (group) group.watches.push(watch);
    else groups.set(pageUrl, { target, pageUrl, watches: [watch] });
  }
  return { groups: [...groups.values()], unplanned };
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

/**
 * `gate` outlives the round, so the minimum gap per host also holds between one round's last
 * request and the next round's first.
 */
export async function runDueChecks(ctx: WatchContext, gate: HostGate = new HostGate()): Promise<RoundReport> {
  const now = ctx.now();
  const due = await dueWatches(ctx.db, now.toISOString());
  const report: RoundReport = { due: due.length, checked: 0, alerts: 0, deferred: 0, failed: 0, walls: 0 };
  if (due.length === 0) return report;
  const round: RoundState = { report, walled: new Set() };
  const keys = [...new Set(due.map((w) => w.productKey))];
  const rows = await ctx.db.products.bulkGet(keys);
  const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
  gate.setRules(await ctx.politeness());
  const { groups, unplanned } = groupByPage(due, products);
  // Nothing to fetch (the product's page is unknown): counted as a failure, so it backs off
  // instead of staying due at the head of every round.
  if (unplanned.length > 0) {
    await recordOutcome(
      ctx,
      { kind: 'failed', host: '', pageUrl: '', message: 'no product page to check', hostFault: false },
      unplanned,
      round,
    );
  }
  try {
    await inPool(groups, PARALLEL_CHECKS, async (group) => {
      const host = new URL(group.pageUrl).hostname;
      const availability = round.walled.has(host)
        ? ({ ready: false, reason: 'blocked' } as const)
        : hostAvailability((await hostBook.get(host)) ?? undefined, ctx.now());
      if (!availability.ready) {
        report.deferred += group.watches.length;
        const settings = await ctx.settings();
        const until =
          availability.reason === 'backing-off'
            ? new Date(availability.until)
            : new Date(ctx.now().getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random));
        await deferWatches(ctx, group.watches, until);
        return;
      }
      try {
        await recordOutcome(ctx, await checkProduct(group.target, { ...ctx, gate }), group.watches, round);
      } catch (error) {
        // One page's trouble (a storage error, say) must not end the round for the others. Its
        // watches back off like any failed check, if even that can be written.
        console.warn(`[返场雷达] checking ${group.pageUrl} failed:`, error);
        const failed = { kind: 'failed', host, pageUrl: group.pageUrl, message: String(error), hostFault: false } as const;
        await recordOutcome(ctx, failed, group.watches, round).catch(() => {
          report.failed += group.watches.length;
        });
      }
    });
  } finally {
    await ctx.reader.release();
  }
  return report;
}
