import { say } from './text';
import { trap } from './trap';
import type { Rule } from './types';

const CATEGORY_NAME: Record<string, [string, string]> = {
  food: ['食品', 'food'],
  cosmetics: ['美妆个护', 'cosmetics and toiletries'],
  apparel: ['衣服', 'clothing'],
  shoes: ['鞋', 'shoes'],
};

/** More in the cart than two months of use (seed guide: 刚需品囤 1-2 个月用量; the 5 bottles of shampoo). */
export const hoarding: Rule = ({ snapshot, cartAdds, thresholds, lang }) => {
  const monthly = thresholds.monthlyUse[snapshot.category];
  if (monthly === null || monthly === undefined || cartAdds.length === 0) return null;
  const quantity = cartAdds.reduce((sum, c) => sum + (c.quantity ?? 1), 0);
  const maxUnits = Math.max(1, Math.floor(monthly * thresholds.hoardingMonths));
  if (quantity <= maxUnits) return null;
  const [zh, en] = CATEGORY_NAME[snapshot.category] ?? ['商品', 'goods'];
  return trap(
    'hoarding',
    'warn',
    say(lang, '囤太多了', 'Too many to use up'),
    say(
      lang,
      `购物车里有 ${quantity} 件，${zh}按每月 ${monthly} 件算，${thresholds.hoardingMonths} 个月只用得掉 ${maxUnits} 件。返场常有，不用急着囤，放久了容易过期浪费。`,
      `${quantity} in the cart; at ${monthly} a month, ${thresholds.hoardingMonths} months of ${en} is ${maxUnits}. 返场 sales come round again: stocking up mostly ends in waste.`,
    ),
    { quantity, maxUnits, monthlyUse: monthly, months: thresholds.hoardingMonths, category: snapshot.category },
  );
};
