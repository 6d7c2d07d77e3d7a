import { productKey } from '../core/product-key';
import { money, roundMoney, say } from './text';
import { trap } from './trap';
import type { Rule, TrackedCartItem } from './types';

interface Filler {
  items: TrackedCartItem[];
  total: number;
}

/** Tracked cart lists are short; past this many lines only the cheapest are tried. */
const MAX_CANDIDATES = 60;

/** The cheapest set of at most `maxItems` cart lines whose total reaches `gap` (fewer lines on a tie). */
export function cheapestFill(items: readonly TrackedCartItem[], gap: number, maxItems: number): Filler | null {
  const lines = items
    .filter((i) => i.price > 0 && i.quantity > 0)
    .map((item) => ({ item, total: roundMoney(item.price * item.quantity) }))
    .sort((a, b) => a.total - b.total);
  // The single cheapest line that reaches the gap alone may be beyond the cheapest MAX_CANDIDATES.
  const single = lines.find((l) => l.total >= gap);
  const pool = lines.slice(0, MAX_CANDIDATES);
  let best: Filler | null = single ? { items: [single.item], total: single.total } : null;
  const walk = (start: number, chosen: typeof pool, total: number) => {
    if (chosen.length > 0 && total >= gap) {
      if (best === null || total < best.total || (total === best.total && chosen.length < best.items.length)) {
        best = { items: chosen.map((l) => l.item), total };
      }
      return; // adding more lines only costs more
    }
    if (chosen.length === maxItems) return;
    for (let i = start; i < pool.length; i++) walk(i + 1, [...chosen, pool[i]!], roundMoney(total + pool[i]!.total));
  };
  walk(0, [], 0);
  return best;
}

/**
 * A 满X减Y the cart nearly reaches (seed guide: 买 199 元的鞋, 凑 1 元的袜子, 实付 180 元): the
 * cheapest tracked cart items that cross it, and what is paid after the discount.
 */
export const thresholdFiller: Rule = ({ snapshot, currentPrice, cartAdds, cartItems, thresholds, lang }) => {
  if (currentPrice === null) return null;
  const quantity = cartAdds.length > 0 ? cartAdds.reduce((s, c) => s + (c.quantity ?? 1), 0) : 1;
  const base = roundMoney(currentPrice * quantity);
  const own = productKey(snapshot);
  const others = cartItems.filter((i) => i.key !== own);

  let best: { threshold: number; discount: number; repeat: boolean; gap: number; filler: Filler; total: number; saving: number } | null =
    null;
  for (const offer of snapshot.offers) {
    if (offer.kind !== 'threshold' || offer.threshold <= 0) continue;
    if (!offer.repeat && base >= offer.threshold) continue;
    const target = offer.repeat ? (Math.floor(base / offer.threshold) + 1) * offer.threshold : offer.threshold;
    const gap = roundMoney(target - base);
    if (gap > offer.threshold * thresholds.fillerGapRatio) continue;
    const filler = cheapestFill(others, gap, thresholds.fillerMaxItems);
    if (!filler) continue;
    const total = roundMoney(base + filler.total);
    const saving = offer.discount * (offer.repeat ? Math.floor(total / offer.threshold) : 1);
    if (best === null || saving > best.saving || (saving === best.saving && filler.total < best.filler.total)) {
      best = { threshold: offer.threshold, discount: offer.discount, repeat: offer.repeat, gap, filler, total, saving };
    }
  }
  if (!best) return null;

  const c = snapshot.currency;
  const pay = roundMoney(best.total - best.saving);
  const names = best.filler.items.map((i) => i.title);
  const offerText = `${best.repeat ? '每' : ''}满${best.threshold}减${best.discount}`;
  return trap(
    'threshold-filler',
    'info',
    say(lang, `凑单满减：${offerText}`, `Reach ${offerText} with your cart`),
    say(
      lang,
      `这件 ${money(base, c)}，离${offerText}还差 ${money(best.gap, c)}。加上购物车里的 ${names.join(' + ')}（${money(best.filler.total, c)}），合计 ${money(best.total, c)}，减 ${money(best.saving, c)} 后实付 ${money(pay, c)}。只凑本来就要买的东西。`,
      `This item is ${money(base, c)}, ${money(best.gap, c)} short of ${offerText} (spend ${best.threshold}, save ${best.discount}). Adding ${names.join(' + ')} from your cart (${money(best.filler.total, c)}) makes ${money(best.total, c)}, and you pay ${money(pay, c)} after the ${money(best.saving, c)} discount. Only fill with things you meant to buy.`,
    ),
    {
      threshold: best.threshold,
      discount: best.discount,
      repeat: best.repeat ? 'yes' : 'no',
      itemTotal: base,
      gap: best.gap,
      fillers: names.join(' + '),
      fillerTotal: best.filler.total,
      cartTotal: best.total,
      payAfterDiscount: pay,
      itemEffectivePrice: roundMoney((base * pay) / best.total),
    },
  );
};
