import { money, roundMoney, say } from './text';
import { trap } from './trap';
import { findPromoReference } from './promo-reference';
import type { Rule } from './types';
import { unreadFields } from './undetermined';

/**
 * The 返场 price against the promo price recorded for this SKU (seed guide: 部分商品返场价 =
 * 大促价, 无需囤货). Within ¥1 or 1% is the same price; otherwise above or below it.
 */
export const promoPrice: Rule = (input) => {
  const { currentPrice, phase, snapshot, thresholds, lang } = input;
  // During a pre-sale or main sale the page price is the promo price itself, not a 返场 price.
  if (phase.phase === 'pre-sale' || phase.phase === 'main') return null;
  const ref = findPromoReference(input);
  if (!ref) return null;
  // There is a promo price to compare with, but no price of this SKU on the page to compare.
  if (currentPrice === null) return unreadFields('same-as-promo-price', lang, ['price'], 'missing');

  const difference = roundMoney(currentPrice - ref.price);
  const tolerance = Math.max(thresholds.samePriceYuan, ref.price * thresholds.samePriceRatio);
  const zhEvent = ref.event ? ref.event.name : '大促';
  const enEvent = ref.event ? ref.event.nameEn : 'the promotion';
  const basis =
    ref.reference === 'cart-add'
      ? say(lang, `你加购时的价格 ${money(ref.price, snapshot.currency)}`, `your cart-add price of ${money(ref.price, snapshot.currency)}`)
      : say(
          lang,
          `${zhEvent}期间看到的最低价 ${money(ref.price, snapshot.currency)}`,
          `the lowest price seen during ${enEvent}, ${money(ref.price, snapshot.currency)}`,
        );
  const evidence = {
    currentPrice,
    promoPrice: ref.price,
    difference,
    reference: ref.reference,
    event: ref.event?.id ?? 'cart adds',
    lowestSeenInPromo: ref.lowestSeen?.price,
    lowestSeenAt: ref.lowestSeen?.at,
    cartAddPrice: ref.cartAdd?.price,
    cartAddedAt: ref.cartAdd?.at,
    tolerance: roundMoney(tolerance),
  };
  const now = money(currentPrice, snapshot.currency);

  if (Math.abs(difference) <= tolerance) {
    return trap(
      'same-as-promo-price',
      'info',
      say(lang, '返场价 = 大促价', '返场 price = promo price'),
      say(
        lang,
        `现价 ${now}，和${basis}一样：返场没有额外便宜，不用抢，也不用囤。`,
        `Now ${now}, the same as ${basis}: the 返场 adds nothing, so there is no need to rush or hoard.`,
      ),
      evidence,
    );
  }
  if (difference > 0) {
    return trap(
      'above-promo-price',
      'warn',
      say(lang, '比大促价贵', 'Dearer than the promo price'),
      say(
        lang,
        `现价 ${now}，比${basis}贵 ${money(difference, snapshot.currency)}：不急的话等下一次大促。`,
        `Now ${now}, ${money(difference, snapshot.currency)} more than ${basis}: if it can wait, wait for the next promotion.`,
      ),
      evidence,
    );
  }
  return trap(
    'below-promo-price',
    'good',
    say(lang, '比大促价还便宜', 'Cheaper than the promo price'),
    say(
      lang,
      `现价 ${now}，比${basis}还便宜 ${money(-difference, snapshot.currency)}。`,
      `Now ${now}, ${money(-difference, snapshot.currency)} below ${basis}.`,
    ),
    evidence,
  );
};
