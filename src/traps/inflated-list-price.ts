import { eventStart, followsEuPriceRule, lowestBefore, observationsForSku, priorPriceDays, type PriceObservation } from '../promo';
import { money, say, shanghaiDay } from './text';
import { trap } from './trap';
import type { RuleInput, Rule } from './types';

const CN_RULES = '《规范促销行为暂行规定》第二十一条；《明码标价和禁止价格欺诈规定》第十六、十七条';
const EU_RULE = 'EU Directive 98/6/EC Art. 6a';

/**
 * When the discount being advertised began: the running event's start, or, outside any event, the
 * first visit of the current unbroken run at today's price (now, if this price is new).
 */
function discountStart({ phase, history, focusSkuId, currentPrice, now }: RuleInput): Date {
  if (phase.event) return eventStart(phase.event);
  const visits: PriceObservation[] = observationsForSku(history, focusSkuId)
    .filter((o) => Date.parse(o.at) <= now.getTime())
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let start = now;
  for (let i = visits.length - 1; i >= 0; i--) {
    const visit = visits[i]!;
    if (currentPrice === null || Math.abs(visit.price - currentPrice) >= 0.01) break;
    start = new Date(visit.at);
  }
  return start;
}

/**
 * A 划线价 above the lowest price of the days before the promotion is not a real former price:
 * 7 days in China, 30 days (EU 98/6/EC Art. 6a) for shops elsewhere pricing in another currency.
 */
export const inflatedListPrice: Rule = (input) => {
  const { snapshot, currentPrice, history, focusSkuId, thresholds, lang } = input;
  const listPrice = snapshot.listPrice;
  if (listPrice === null || currentPrice === null || listPrice <= currentPrice) return null;
  const days = priorPriceDays(snapshot, thresholds.priorPriceDays);
  const eu = followsEuPriceRule(snapshot);
  const law = eu ? EU_RULE : CN_RULES;
  const start = discountStart(input);
  const prior = lowestBefore(history, start, days, focusSkuId);
  const list = money(listPrice, snapshot.currency);
  const since = shanghaiDay(prior.windowStart);
  const until = shanghaiDay(prior.windowEnd);

  if (prior.kind === 'not-enough-history') {
    // Not a finding about the page: only our history is short, so it is said quietly, not flagged.
    return {
      id: 'inflated-list-price',
      fields: [],
      reason: say(
        lang,
        `划线价 ${list} 无从核对：${since} 至 ${until}（促销前 ${days} 天）没有访问记录。`,
        `The list price of ${list} cannot be checked: there is no visit between ${since} and ${until} (the ${days} days before the promotion).`,
      ),
    };
  }
  if (listPrice <= prior.low.price + 0.01) return null;
  return trap(
    'inflated-list-price',
    'warn',
    say(lang, '划线价虚高', 'Inflated list price'),
    say(
      lang,
      `划线价 ${list}，但促销前 ${days} 天内的最低价是 ${money(prior.low.price, snapshot.currency)}（${shanghaiDay(prior.low.at)}）。按${law}，原价应为促销前 ${days} 日内的最低成交价，这个折扣被夸大了。`,
      `The list price is ${list}, yet the lowest price in the ${days} days before the promotion was ${money(prior.low.price, snapshot.currency)} (${shanghaiDay(prior.low.at)}). Under ${eu ? EU_RULE : 'Chinese pricing rules (规范促销行为暂行规定 Art. 21; 明码标价和禁止价格欺诈规定 Arts. 16-17)'}, the former price must be the lowest of those ${days} days: the discount is overstated.`,
    ),
    {
      listPrice,
      lowestPriorPrice: prior.low.price,
      lowestPriorAt: prior.low.at,
      windowDays: days,
      windowStart: since,
      windowEnd: until,
      visitsInWindow: prior.observations,
      rule: law,
    },
  );
};
