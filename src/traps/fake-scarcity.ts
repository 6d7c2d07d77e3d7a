import { normalizeWidth } from '../parse';
import { observationsForSku } from '../promo';
import { say, shanghaiDay } from './text';
import { trap } from './trap';
import type { Rule, RuleInput } from './types';

/** The count a low-stock message shows: 仅剩3件, 库存仅剩 5, only 2 left. Null when it shows none. */
export function shownStockCount(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const t = normalizeWidth(text).slice(0, 500);
  const m =
    /(?:仅剩|只剩|剩余|还剩|仅有|只有|库存仅剩|库存仅|库存)\s*(\d+)\s*(?:件|个|份|双|台|瓶|盒|套|张|支)?/.exec(t) ??
    /only\s+(\d+)\s+(?:\w+\s+)?left/i.exec(t) ??
    /(\d+)\s+left\s+in\s+stock/i.exec(t);
  return m ? Number(m[1]) : null;
}

function contradictedBySkuStock({ snapshot, thresholds, lang }: RuleInput) {
  const text = snapshot.signals.lowStockText;
  if (!text) return null;
  const counted = snapshot.skus.filter((s) => s.available && s.stock !== null && s.stock > 0);
  if (counted.length === 0) return null;
  const lowest = Math.min(...counted.map((s) => s.stock!));
  if (lowest <= thresholds.fakeScarcityStock) return null;
  return trap(
    'fake-scarcity',
    'warn',
    say(lang, '库存紧张是假的', 'The low-stock warning is not true'),
    say(
      lang,
      `页面说“${text}”，可页面自己的 SKU 数据里每个有货的规格都还有 ${lowest} 件以上。别被“库存紧张”催着下单。`,
      `The page says "${text}", yet its own SKU data shows at least ${lowest} in stock for every available option. Do not let it hurry you.`,
    ),
    {
      lowStockText: text,
      shownCount: shownStockCount(text) ?? undefined,
      lowestSkuStock: lowest,
      skusCounted: counted.length,
      limit: thresholds.fakeScarcityStock,
    },
  );
}

/** A shown count that goes up between visits while the SKU stock (when known) did not rise: no restock. */
function countRoseWithoutRestock({ snapshot, history, now, focusSkuId, lang }: RuleInput) {
  const visits = observationsForSku(history, focusSkuId)
    .filter((o) => Date.parse(o.at) < now.getTime())
    .map((o) => ({ at: o.at, text: o.lowStockText ?? null, stock: o.stock }));
  const focusStock = focusSkuId === undefined ? undefined : (snapshot.skus.find((s) => s.skuId === focusSkuId)?.stock ?? undefined);
  visits.push({ at: now.toISOString(), text: snapshot.signals.lowStockText, stock: focusStock });
  const counted = visits
    .map((v) => ({ ...v, count: shownStockCount(v.text) }))
    .filter((v) => v.count !== null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  for (let i = counted.length - 1; i > 0; i--) {
    const earlier = counted[i - 1]!;
    const later = counted[i]!;
    if (later.count! <= earlier.count!) continue;
    const restocked = earlier.stock !== undefined && later.stock !== undefined && later.stock > earlier.stock;
    if (restocked) continue;
    return trap(
      'fake-scarcity',
      'warn',
      say(lang, '“仅剩几件”越卖越多', 'The "only a few left" count went up'),
      say(
        lang,
        `${shanghaiDay(earlier.at)} 显示“${earlier.text}”，${shanghaiDay(later.at)} 变成“${later.text}”，库存数据里也没有补货：这个数字是拿来催单的。`,
        `On ${shanghaiDay(earlier.at)} the page showed "${earlier.text}", on ${shanghaiDay(later.at)} "${later.text}", with no restock in the stock data: the number is there to rush you.`,
      ),
      {
        firstSeenAt: earlier.at,
        firstText: earlier.text!,
        firstCount: earlier.count!,
        laterSeenAt: later.at,
        laterText: later.text!,
        laterCount: later.count!,
        restockSeen: earlier.stock !== undefined && later.stock !== undefined ? 'no' : 'no stock data',
      },
    );
  }
  return null;
}

/** Low-stock messages the page's own data contradicts (Mathur et al. 2019, Dark Patterns at Scale). */
export const fakeScarcity: Rule = (input) => contradictedBySkuStock(input) ?? countRoseWithoutRestock(input);
