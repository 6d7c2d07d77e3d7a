import type { PurchaseView } from '../messaging/protect-messages';
import { phaseOfEvent, promoEventAt, type PromoEvent, type PromoPhase } from '../promo';
import type { WatchlistGroupView, WatchlistItemView } from './home-types';

/**
 * The 返场 view: per promo, what the shopper carted and what they bought, so a purchase made in the
 * promo sits beside the carted items whose 返场 price it is compared with.
 */
export interface ReturnsGroupView {
  /** `promo`: the event's cart adds and purchases; `other`: purchases made outside every promo. */
  kind: 'promo' | 'other';
  /** The event's id; '' for the `other` group. */
  eventId: string;
  name: string;
  nameEn: string;
  phase: PromoPhase;
  carted: WatchlistItemView[];
  /** Open claims first (largest amount first), then still watched, then claimed, then dismissed. */
  bought: PurchaseView[];
}

const hasOpenClaim = (p: PurchaseView): boolean => p.status === 'open' && p.claimAmount !== null;

function standing(p: PurchaseView): number {
  if (hasOpenClaim(p)) return 0;
  return p.status === 'open' ? 1 : p.status === 'claimed' ? 2 : 3;
}

function byStanding(a: PurchaseView, b: PurchaseView): number {
  return (
    standing(a) - standing(b) ||
    (b.claimAmount ?? 0) - (a.claimAmount ?? 0) ||
    Date.parse(b.orderedAt) - Date.parse(a.orderedAt) ||
    a.id - b.id
  );
}

/**
 * Puts each purchase under the promo whose pre-sale, main sale or 返场 contains its order time (the
 * rule cart adds follow, `promoEventAt`), beside that promo's carted items. Groups with an open
 * claim come first; then the latest promo first, as the watchlist orders them; purchases outside
 * every promo close the list in an `other` group.
 */
export function returnsView(
  carted: readonly WatchlistGroupView[],
  purchases: readonly PurchaseView[],
  events: readonly PromoEvent[],
  now: Date,
): ReturnsGroupView[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const groups = new Map<string, ReturnsGroupView>();
  for (const g of carted) groups.set(g.eventId, { kind: 'promo', ...g, carted: [...g.items], bought: [] });
  const other: PurchaseView[] = [];
  for (const p of purchases) {
    const event = promoEventAt(p.orderedAt, p.site, events);
    if (!event) {
      other.push(p);
      continue;
    }
    const group = groups.get(event.id) ?? {
      kind: 'promo' as const,
      eventId: event.id,
      name: event.name,
      nameEn: event.nameEn,
      phase: phaseOfEvent(now, event)?.phase ?? 'none',
      carted: [],
      bought: [],
    };
    group.bought.push(p);
    groups.set(event.id, group);
  }
  const list = [...groups.values()];
  if (other.length > 0) list.push({ kind: 'other', eventId: '', name: '', nameEn: '', phase: 'none', carted: [], bought: other });
  for (const g of list) g.bought.sort(byStanding);
  const endOf = (g: ReturnsGroupView) => {
    const end = byId.get(g.eventId)?.endAt;
    return g.kind === 'other' ? -Infinity : end === undefined ? Number.MIN_SAFE_INTEGER : Date.parse(end);
  };
  const claimFirst = (g: ReturnsGroupView) => (g.bought.some(hasOpenClaim) ? 0 : 1);
  return list.sort((a, b) => claimFirst(a) - claimFirst(b) || endOf(b) - endOf(a) || a.eventId.localeCompare(b.eventId));
}
