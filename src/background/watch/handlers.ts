/**
 * The background's side of the watch messages (src/messaging/watch-messages.ts). Inputs cross a
 * trust boundary, so each is checked before it touches the store.
 */
import { now } from '../../core/clock';
import { parseProductKey } from '../../core/product-key';
import * as v from 'valibot';
import type {
  BlockedHostView,
  CreateWatchInput,
  WatchErrorCode,
  WatchFailure,
  WatchList,
  WatchResult,
  WatchView,
} from '../../messaging/watch-messages';
import {
  addWatch,
  deleteWatch,
  getWatch,
  listWatches,
  setWatchStatus,
  updateWatch,
  watchesOfProduct,
  type ProductRow,
  type Watch,
} from '../../store';
import type { WatchContext } from './context';
import { pageUrlOf, targetOf } from './checker';
import { hostAvailability, type HostHealth } from './host-health';
import { promoPriceFor } from './promo-price';
import { jitteredPeriodMs } from './schedule';
import { checkPlanFor } from './site-checks';
import { hostBook, progressBook } from './state-items';
import type { WatchKind } from '../../core/watch-kind';
import { conditionMet, isShopperWatch, readWatched, type WatchProgress } from './watched-state';

const FAILURE_TEXT: Record<WatchErrorCode, string> = {
  'unknown-product': '还没有读到这个商品，请先打开商品页 (this product has not been read yet: open its page first)',
  'unknown-sku': '这个商品没有这个规格 (the product has no such SKU)',
  'no-promo-price': '还没有这个商品的大促价记录，请填写目标价 (no promo price on record: enter a target price)',
  'no-such-watch': '没有这个提醒 (no such watch)',
  'bad-input': '请求不完整 (the request is incomplete)',
};

function fail(error: WatchErrorCode, detail?: string): WatchFailure {
  return { ok: false, error, message: detail ? `${FAILURE_TEXT[error]}: ${detail}` : FAILURE_TEXT[error] };
}

const NullableText = v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))));
const CreateWatchSchema = v.variant('kind', [
  v.object({
    kind: v.literal('restock'),
    productKey: v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
    skuId: NullableText,
    sizeLabel: NullableText,
  }),
  v.object({
    kind: v.literal('price'),
    productKey: v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
    skuId: NullableText,
    targetPrice: v.optional(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0.01), v.maxValue(10_000_000)))),
  }),
]);
const IdSchema = v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(1)) });
const HostSchema = v.object({ host: v.pipe(v.string(), v.minLength(1), v.maxLength(253)) });

function hostOf(watch: Watch, product: ProductRow | undefined): string | null {
  const url = pageUrlOf(watch, product);
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

function blockedView(host: string, health: HostHealth | undefined): BlockedHostView | null {
  const availability = hostAvailability(health, now());
  if (availability.ready || availability.reason !== 'blocked') return null;
  const { reason, since, openUrl } = availability.block;
  return { host, reason, since, openUrl };
}

async function viewOf(
  watch: Watch & { kind: WatchKind },
  product: ProductRow | undefined,
  hosts: Record<string, HostHealth>,
): Promise<WatchView> {
  const progress = await progressBook.get(watch);
  const key = parseProductKey(watch.productKey);
  const host = hostOf(watch, product);
  return {
    id: watch.id,
    kind: watch.kind,
    productKey: watch.productKey,
    site: key?.site ?? '',
    itemId: key?.itemId ?? '',
    skuId: watch.skuId,
    sizeLabel: watch.sizeLabel,
    title: product?.title ?? null,
    image: product?.snapshot.image ?? null,
    url: pageUrlOf(watch, product),
    targetPrice: watch.targetPrice,
    currency: product?.snapshot.currency ?? 'CNY',
    lastPrice: progress?.lastPrice ?? null,
    lastAvailable: progress?.lastAvailable ?? null,
    status: watch.status,
    auto: watch.auto,
    createdAt: watch.createdAt,
    lastCheckedAt: watch.lastCheckedAt,
    nextCheckAt: watch.nextCheckAt,
    failureCount: watch.failureCount,
    blockedBy: host ? blockedView(host, hosts[host]) : null,
  };
}

async function viewById(ctx: WatchContext, id: number): Promise<WatchResult> {
  const watch = await getWatch(ctx.db, id);
  if (!watch || !isShopperWatch(watch)) return fail('no-such-watch');
  return { ok: true, watch: await viewOf(watch, await ctx.db.products.get(watch.productKey), await hostBook.all()) };
}

/** What a new watch remembers of the product as the shopper sees it now: armed unless already met. */
function startingProgress(watch: Watch & { kind: WatchKind }, product: ProductRow): WatchProgress {
  const reading = readWatched(watch, product.snapshot);
  // A reading that cannot tell leaves it armed: the first clear reading that meets it is news.
  const met = conditionMet(watch.kind, reading, watch.targetPrice) === true;
  return { lastAvailable: reading.available, lastPrice: reading.price, armedAt: met ? null : watch.createdAt };
}

function sameThing(watch: Watch, input: { kind: string; skuId: string | null; sizeLabel: string | null }): boolean {
  if (watch.kind !== input.kind || watch.skuId !== input.skuId) return false;
  return input.skuId !== null || watch.kind === 'price' || watch.sizeLabel === input.sizeLabel;
}

export function watchHandlers(ctx: WatchContext, afterChange: () => Promise<void>) {
  async function createWatch(raw: CreateWatchInput): Promise<WatchResult> {
    const parsed = v.safeParse(CreateWatchSchema, raw);
    if (!parsed.success) return fail('bad-input', parsed.issues.map((i) => i.message).join('; '));
    const input = parsed.output;
    const product = await ctx.db.products.get(input.productKey);
    if (!product) return fail('unknown-product');
    const skuId = input.skuId ?? null;
    const sku = skuId === null ? null : product.snapshot.skus.find((s) => s.skuId === skuId);
    if (skuId !== null && !sku) return fail('unknown-sku', skuId);
    const sizeLabel = input.kind === 'restock' ? (input.sizeLabel ?? sku?.size ?? null) : (sku?.size ?? null);
    const now = ctx.now();
    let targetPrice: number | null = null;
    if (input.kind === 'price') {
      targetPrice = input.targetPrice ?? (await promoPriceFor(ctx.db, product, skuId, await ctx.promoEvents(), now));
      if (targetPrice === null) return fail('no-promo-price');
    }

    const existing = (await watchesOfProduct(ctx.db, input.productKey)).find((w) => sameThing(w, { kind: input.kind, skuId, sizeLabel }));
    if (existing?.id !== undefined) {
      await updateWatch(ctx.db, existing.id, { status: 'active', ...(input.kind === 'price' ? { targetPrice } : {}), auto: false });
      await afterChange();
      return viewById(ctx, existing.id);
    }

    const watch = await addWatch(ctx.db, {
      productKey: input.productKey,
      kind: input.kind,
      skuId,
      sizeLabel,
      targetPrice,
      auto: false,
      createdAt: now.toISOString(),
    });
    await progressBook.set(watch, startingProgress({ ...watch, kind: input.kind }, product));
    // The shopper is looking at the page right now: the first background check can wait a period.
    const settings = await ctx.settings();
    await updateWatch(ctx.db, watch.id, {
      nextCheckAt: new Date(now.getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random)).toISOString(),
    });
    await afterChange();
    return viewById(ctx, watch.id);
  }

  async function setStatus(raw: { id: number }, status: 'active' | 'paused'): Promise<WatchResult> {
    const parsed = v.safeParse(IdSchema, raw);
    if (!parsed.success) return fail('bad-input');
    if (!(await setWatchStatus(ctx.db, parsed.output.id, status))) return fail('no-such-watch');
    // A resumed watch is due now: whatever it missed while paused is checked at the next round.
    if (status === 'active') await updateWatch(ctx.db, parsed.output.id, { nextCheckAt: ctx.now().toISOString() });
    await afterChange();
    return viewById(ctx, parsed.output.id);
  }

  async function removeWatch(raw: { id: number }): Promise<{ ok: true } | WatchFailure> {
    const parsed = v.safeParse(IdSchema, raw);
    if (!parsed.success) return fail('bad-input');
    if (!(await getWatch(ctx.db, parsed.output.id))) return fail('no-such-watch');
    await deleteWatch(ctx.db, parsed.output.id);
    await progressBook.remove(parsed.output.id);
    await afterChange();
    return { ok: true };
  }

  async function listWatchViews(raw?: { productKey?: string }): Promise<WatchList> {
    const watches = (raw?.productKey ? await watchesOfProduct(ctx.db, raw.productKey) : await listWatches(ctx.db)).filter(isShopperWatch);
    const rows = await ctx.db.products.bulkGet([...new Set(watches.map((w) => w.productKey))]);
    const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
    const hosts = await hostBook.all();
    const blockedHosts = Object.entries(hosts).flatMap(([host, health]) => blockedView(host, health) ?? []);
    return { watches: await Promise.all(watches.map((w) => viewOf(w, products.get(w.productKey), hosts))), blockedHosts };
  }

  async function resumeHostChecks(raw: { host: string }): Promise<{ ok: true }> {
    const parsed = v.safeParse(HostSchema, raw);
    if (parsed.success) await resumeHost(ctx, parsed.output.host);
    await afterChange();
    return { ok: true };
  }

  return {
    createWatch,
    pauseWatch: (i: { id: number }) => setStatus(i, 'paused'),
    resumeWatch: (i: { id: number }) => setStatus(i, 'active'),
    removeWatch,
    listWatches: listWatchViews,
    resumeHostChecks,
  };
}

/** Lifts a host's pause and makes its watches due, so they are checked at the next round. */
export async function resumeHost(ctx: WatchContext, host: string): Promise<void> {
  await hostBook.remove(host);
  const watches = await listWatches(ctx.db);
  const rows = await ctx.db.products.bulkGet([...new Set(watches.map((w) => w.productKey))]);
  const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
  const now = ctx.now().toISOString();
  for (const watch of watches) {
    const target = targetOf(watch, products.get(watch.productKey));
    if (target && new URL(checkPlanFor(target).pageUrl || 'about:blank').hostname === host)
      await updateWatch(ctx.db, watch.id, { nextCheckAt: now });
  }
}
