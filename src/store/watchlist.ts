import type { ProductSnapshot, Site, Sku } from '../core/types';
import { parseSize, sameSize, type SizeHint } from '../parse';
import {
  phaseOfEvent,
  promoPriceOf,
  type CartAdd,
  type PriceObservation,
  type PromoEvent,
  type PromoPhase,
  type PromoPrice,
} from '../promo';
import { cartAddsOf, type CartItem } from './cart';
import type { RadarDatabase, SkuRow } from './db';
import { historyForRules } from './history';

export interface MySizeStock {
  /** The size label: the cart SKU's, or the shopper's profile size that the product has. */
  label: string;
  /** null when the page did not say. */
  inStock: boolean | null;
  /** Units left across the matching SKUs, when the page showed counts. */
  stock: number | null;
}

/** One product (and SKU) put in the cart during a promo event, as it stands now. */
export interface WatchlistItem {
  /** Every cart entry this row sums up (each add-to-cart press is one). */
  cartItemIds: number[];
  productKey: string;
  site: Site;
  itemId: string;
  skuId: string | null;
  title: string | null;
  shop: string | null;
  image: string | null;
  url: string | null;
  currency: string;
  quantity: number;
  /** The lowest price it went into the cart at during this event. */
  priceAtAdd: number | null;
  addedAt: string;
  promoPrice: PromoPrice;
  /** The latest price seen for the SKU (or the product, when the SKU is unknown). */
  nowPrice: number | null;
  mySize: MySizeStock | null;
  /** How many traps the rules find on the latest snapshot; null when not counted or never visited. */
  trapCount: number | null;
}

export interface WatchlistGroup {
  eventId: string;
  /** Names from the calendar; the id when the event is no longer in it. */
  name: string;
  nameEn: string;
  /** The event's phase now ('none' before it starts or after its store 返场). */
  phase: PromoPhase;
  endAt: string | null;
  items: WatchlistItem[];
}

/** What a trap count is worked out from: the latest snapshot and what the store remembers of it. */
export interface TrapCountInput {
  snapshot: ProductSnapshot;
  history: PriceObservation[];
  cartAdds: CartAdd[];
}

export interface WatchlistOptions {
  events: readonly PromoEvent[];
  sizes: Partial<Record<SizeHint, string>>;
  now: Date;
  /** Counts the traps on a product; without it `trapCount` stays null (the store knows no rules). */
  countTraps?: (input: TrapCountInput) => number;
}

/** The order the shopper's sizes are tried in: the first one the product has is theirs. */
const SIZE_KINDS: readonly SizeHint[] = ['top', 'bottom', 'shoe', 'kids'];

const inStock = (sku: Sku): boolean => sku.available && sku.stock !== 0;

/** Stock of some SKUs as the latest snapshot lists them; SKUs it no longer lists say nothing. */
function stockOf(label: string, skuIds: readonly string[], listed: readonly Sku[]): MySizeStock {
  const skus = listed.filter((s) => skuIds.includes(s.skuId));
  if (skus.length === 0) return { label, inStock: null, stock: null };
  const counts = skus.map((s) => s.stock);
  return {
    label,
    inStock: skus.some(inStock),
    stock: counts.every((c) => c !== null) ? counts.reduce<number>((sum, c) => sum + c, 0) : null,
  };
}

/**
 * The stock of the shopper's size: the SKU that went into the cart when the add named one, else
 * the SKUs matching the first of the shopper's sizes the product has. Sizes come from the SKU rows
 * (normalised once, at ingest); stock from the latest snapshot.
 */
export function mySizeStock(
  skus: readonly SkuRow[],
  listed: readonly Sku[],
  skuId: string | null,
  sizes: Partial<Record<SizeHint, string>>,
): MySizeStock | null {
  const chosen = skuId === null ? undefined : skus.find((s) => s.skuId === skuId);
  if (chosen?.sizeLabel) return stockOf(chosen.size?.label ?? chosen.sizeLabel, [chosen.skuId], listed);
  for (const kind of SIZE_KINDS) {
    const label = sizes[kind];
    if (!label) continue;
    const mine = parseSize(label, kind);
    const matches = skus.filter((s) => sameSize(mine, s.size));
    if (matches.length > 0)
      return stockOf(
        label,
        matches.map((s) => s.skuId),
        listed,
      );
  }
  return null;
}

/** Adds of the same SKU in the same event are one row: quantities add up, the lowest price counts. */
function groupAdds(items: readonly CartItem[]): CartItem[][] {
  const groups = new Map<string, CartItem[]>();
  for (const item of items) {
    const id = `${item.productKey}\u0000${item.skuId ?? ''}`;
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return [...groups.values()];
}

async function itemOf(
  db: RadarDatabase,
  adds: CartItem[],
  event: PromoEvent | undefined,
  options: WatchlistOptions,
): Promise<WatchlistItem> {
  const first = adds[0]!;
  const key = first.productKey;
  const [product, skus, history, cartAdds] = await Promise.all([
    db.products.get(key),
    db.skus.where('productKey').equals(key).toArray(),
    historyForRules(db, key),
    cartAddsOf(db, key),
  ]);
  const prices = adds.map((a) => a.price).filter((p): p is number => p !== null);
  const snapshot = product?.snapshot;
  const listedSku = first.skuId === null ? undefined : snapshot?.skus.find((s) => s.skuId === first.skuId);
  return {
    cartItemIds: adds.map((a) => a.id),
    productKey: key,
    site: first.site,
    itemId: first.itemId,
    skuId: first.skuId,
    title: snapshot?.title ?? null,
    shop: snapshot?.shop ?? null,
    image: snapshot?.image ?? null,
    url: snapshot?.url ?? null,
    currency: snapshot?.currency ?? 'CNY',
    quantity: adds.reduce((sum, a) => sum + a.quantity, 0),
    priceAtAdd: prices.length > 0 ? Math.min(...prices) : null,
    addedAt: first.addedAt,
    promoPrice: event ? promoPriceOf(history, cartAdds, event, first.skuId ?? undefined) : { kind: 'not-enough-history' },
    nowPrice: listedSku?.price ?? snapshot?.price ?? null,
    mySize: mySizeStock(skus, snapshot?.skus ?? [], first.skuId, options.sizes),
    trapCount: snapshot && options.countTraps ? options.countTraps({ snapshot, history, cartAdds }) : null,
  };
}

/**
 * The 返场 watch list: what went into the cart during each promo event, with the promo price
 * against the price now and whether the shopper's size is still there. Latest event first.
 */
export async function getWatchlist(db: RadarDatabase, options: WatchlistOptions): Promise<WatchlistGroup[]> {
  const items = (await db.cartItems.where('[promoEventId+addedAt]').between(['', ''], ['\uffff', '\uffff']).toArray()) as CartItem[];
  const byEvent = new Map<string, CartItem[]>();
  for (const item of items) byEvent.set(item.promoEventId!, [...(byEvent.get(item.promoEventId!) ?? []), item]);
  const calendar = new Map(options.events.map((e) => [e.id, e]));
  const groups = await Promise.all(
    [...byEvent].map(async ([eventId, eventItems]): Promise<WatchlistGroup> => {
      const event = calendar.get(eventId);
      return {
        eventId,
        name: event?.name ?? eventId,
        nameEn: event?.nameEn ?? eventId,
        phase: event ? (phaseOfEvent(options.now, event)?.phase ?? 'none') : 'none',
        endAt: event?.endAt ?? null,
        items: await Promise.all(groupAdds(eventItems).map((adds) => itemOf(db, adds, event, options))),
      };
    }),
  );
  const endOf = (g: WatchlistGroup) => (g.endAt === null ? -Infinity : Date.parse(g.endAt));
  return groups.sort((a, b) => endOf(b) - endOf(a) || a.eventId.localeCompare(b.eventId));
}
