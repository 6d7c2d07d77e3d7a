import { money, percent, say } from './text';
import { trap } from './trap';
import type { Rule } from './types';

/** In a store 返场 window, a price less than 10% below the list price (seed guide: 比正价低 10%-30%). */
export const weakDiscount: Rule = ({ snapshot, phase, currentPrice, thresholds, lang }) => {
  if (phase.phase !== 'store-fanchang' || !phase.event) return null;
  const list = snapshot.listPrice;
  if (currentPrice === null || list === null || list <= 0) return null;
  const discount = (list - currentPrice) / list;
  // 49.9 / 499 is 0.09999…: a discount equal to the floor in cents is not under it.
  if (discount + 1e-9 >= thresholds.weakDiscountRatio) return null;
  const shown = percent(discount);
  const floor = percent(thresholds.weakDiscountRatio);
  return trap(
    'weak-discount',
    'warn',
    say(lang, '返场折扣太小', 'Weak 返场 discount'),
    say(
      lang,
      `${phase.event.name}店铺返场期，现价 ${money(currentPrice, snapshot.currency)} 只比划线价 ${money(list, snapshot.currency)} 低 ${shown}%；店铺返场通常低 10%-30%，不到 ${floor}% 不算真优惠。`,
      `In the store-level 返场 after ${phase.event.nameEn}, ${money(currentPrice, snapshot.currency)} is only ${shown}% below the list price of ${money(list, snapshot.currency)}; store 返场 usually runs 10-30% below, and under ${floor}% is no real deal.`,
    ),
    { currentPrice, listPrice: list, discountPercent: shown, minimumPercent: floor, event: phase.event.id, phase: phase.phase },
  );
};
