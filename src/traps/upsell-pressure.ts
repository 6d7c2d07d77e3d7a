import { detectCategory } from '../parse';
import { observationsForSku } from '../promo';
import { list, money, percent, roundMoney, say, shanghaiDay } from './text';
import { trap } from './trap';
import type { Rule } from './types';

/** An offer that says it is a swap (换购, "customers switched") pushes by itself; "升级版" alone may be a plain option. */
const SWAP_WORDS = /换购|switched|upgraded/i;

/**
 * The returns article's 同类商品升级推荐: beside the item the shopper put in the cart, an upgrade of
 * the same kind at most 20% dearer, tagged 明星同款 / 爆款 / "x%的用户换购了". It shows what the
 * upgrade costs over the cart and says the cheaper item may do. Silent without a cart add of this
 * product (there is nothing to trade up from) and for offers of another category (a bundle, not an
 * upgrade).
 */
export const upsellPressure: Rule = ({ snapshot, cartAdds, focusSkuId, thresholds, now, lang }) => {
  const offers = snapshot.signals.upsellOffers ?? [];
  if (offers.length === 0 || snapshot.confidence?.signals === 'low') return null;
  const adds = observationsForSku(cartAdds, focusSkuId).filter((c) => Date.parse(c.addedAt) <= now.getTime() && c.price > 0);
  if (adds.length === 0) return null;
  const carted = adds.reduce((a, b) => (Date.parse(b.addedAt) > Date.parse(a.addedAt) ? b : a));

  for (const offer of offers) {
    if (offer.tags.length === 0 && !SWAP_WORDS.test(offer.text)) continue;
    const kind = detectCategory({ title: offer.text });
    if (kind !== 'other' && snapshot.category !== 'other' && kind !== snapshot.category) continue;
    const difference = offer.price - carted.price;
    const ratio = difference / carted.price;
    if (difference <= 0 || ratio > thresholds.upsellMaxRatio) continue;
    const tags = offer.tags.length > 0 ? list(lang, offer.tags) : undefined;
    return trap(
      'upsell-pressure',
      'info',
      say(
        lang,
        `“升级换购”要多花 ${money(difference, snapshot.currency)}`,
        `The "upgrade" costs ${money(difference, snapshot.currency)} more`,
      ),
      say(
        lang,
        `你 ${shanghaiDay(carted.addedAt)} 以 ${money(carted.price, snapshot.currency)} 加购了这件，页面却在旁边推 ${money(offer.price, snapshot.currency)} 的“${offer.text}”${tags ? `（${tags}）` : ''}，贵 ${percent(ratio)}%。这是商家“只贵一点”的升级话术：你加购的那件多半就够用。`,
        `You put this in the cart at ${money(carted.price, snapshot.currency)} on ${shanghaiDay(carted.addedAt)}; the page pushes "${offer.text}" at ${money(offer.price, snapshot.currency)}${tags ? ` (${tags})` : ''} beside it, ${percent(ratio)}% dearer. "Only a little more" is a sales script: the one in your cart will likely do.`,
      ),
      {
        cartAddPrice: carted.price,
        cartAddedAt: carted.addedAt,
        offerText: offer.text,
        offerPrice: offer.price,
        difference: roundMoney(difference),
        dearerPercent: percent(ratio),
        maxPercent: percent(thresholds.upsellMaxRatio),
        offerTags: tags,
        source: 'returns-marketing.txt 规则1: 同类商品升级推荐 (≤20% dearer, "x%的用户换购了")',
      },
    );
  }
  return null;
};
