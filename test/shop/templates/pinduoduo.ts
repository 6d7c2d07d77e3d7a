import type { LiveProduct } from '../types';
import { escapeHtml as e, scriptJson } from './escape';

/**
 * A mobile.yangkeduo.com/goods.html?goods_id=… page as Pinduoduo serves it: server-rendered, with
 * the state in `window.rawData.store.initDataObj`. Goods-level prices are integers in fen
 * (minGroupPrice 2990); SKU prices are yuan written as strings ("29.9"), as on the saved pages.
 */

/** Badges that count time go in the countdown strip; the rest with the goods tags. */
const COUNTDOWN_BADGE = /距|恢复|结束|倒计时|小时|分钟/;

const fen = (yuan: number) => Math.round(yuan * 100);
const yuanText = (yuan: number) => String(fen(yuan) / 100);
/**
 * 单独购买 costs more than the group price on every Pinduoduo item; LiveProduct carries only the
 * group price, so the fixture adds a fixed 15% for the solo price.
 */
const soloPrice = (groupPrice: number) => Math.round(groupPrice * 1.15 * 10) / 10;

/** The group-buy count PDD shows beside the price; the fixture makes one up from the stock. */
const salesTip = (p: LiveProduct) => `已拼${p.skus.reduce((n, s) => n + s.stock, 0) * 37}件`;

export function imageOf(p: LiveProduct): string {
  return `https://img.pddpic.com/gaudit-image/2026-10-01/${p.itemId}.jpeg`;
}

/** `window.rawData` of the goods page. */
export function pinduoduoRawData(p: LiveProduct): Record<string, unknown> {
  const groupPrices = p.skus.length > 0 ? p.skus.map((s) => s.price) : [p.price];
  const minGroup = Math.min(...groupPrices);
  const maxGroup = Math.max(...groupPrices);
  return {
    store: {
      initDataObj: {
        goods: {
          goodsID: p.itemId,
          goodsName: p.title,
          minGroupPrice: fen(minGroup),
          maxGroupPrice: fen(maxGroup),
          minNormalPrice: fen(soloPrice(minGroup)),
          maxNormalPrice: fen(soloPrice(maxGroup)),
          ...(p.listPrice !== null ? { marketPrice: fen(p.listPrice) } : {}),
          skus: p.skus.map((s) => ({
            skuID: s.skuId,
            quantity: s.stock,
            groupPrice: yuanText(s.price),
            normalPrice: yuanText(soloPrice(s.price)),
            specs: Object.entries(s.props).map(([spec_key, spec_value]) => ({ spec_key, spec_value })),
            isOnSale: 1,
            thumbUrl: imageOf(p),
          })),
          topGallery: [{ url: imageOf(p), width: 800 }],
          sideSalesTip: salesTip(p),
          serviceTags: [{ desc: p.returnPolicy }, { desc: '极速退款' }],
          goodsProperty: p.params.map(([key, value]) => ({ key, values: [value] })),
          promotionTags: p.promotions.map((desc) => ({ desc })),
          cat1Name: p.category[0] ?? null,
          cat2Name: p.category[1] ?? null,
          catName: p.category.at(-1) ?? null,
        },
        mall: { mallName: p.shop },
        queries: { goods_id: p.itemId },
      },
      routePath: '/goods.html',
    },
    ua: { isWechat: false },
  };
}

export function renderPinduoduoGoodsPage(p: LiveProduct): string {
  const prices = p.skus.length > 0 ? p.skus.map((s) => s.price) : [p.price];
  const low = Math.min(...prices);
  const ranged = Math.max(...prices) > low;
  const countdowns = p.badges.filter((b) => COUNTDOWN_BADGE.test(b));
  const tags = p.badges.filter((b) => !COUNTDOWN_BADGE.test(b));
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no,viewport-fit=cover">
<title>${e(p.title)} - 拼多多</title>
<style>${STYLE}</style>
</head><body>
<div id="main"><div class="goods-container-v2">
  <img class="goods-banner" src="${imageOf(p)}" alt="">
  <div class="goods-price"><span class="price-sign">¥</span><span class="price-num">${yuanText(low)}</span>${ranged ? '<span class="price-from">起</span>' : ''}${
    p.listPrice !== null ? `<del class="market-price">¥${yuanText(p.listPrice)}</del>` : ''
  }<span class="sales-tip">${salesTip(p)}</span></div>
  ${countdowns.map((b) => `<div class="countdown">${e(b)}</div>`).join('')}
  <div class="goods-name">${e(p.title)}</div>
  ${tags.length > 0 || p.promotions.length > 0 ? `<div class="goods-tags">${[...p.promotions, ...tags].map((t) => `<span>${e(t)}</span>`).join('')}</div>` : ''}
  <div class="goods-service"><span>${e(p.returnPolicy)}</span><span>极速退款</span></div>
  <div class="goods-mall">${e(p.shop)}</div>
  <div class="goods-buy-bar"><a class="buy-alone">单独购买<br>¥${yuanText(soloPrice(low))}</a><a class="buy-group">发起拼单<br>¥${yuanText(low)}</a></div>
</div></div>
<script>window.__CONFIG__ = {env: "production"};</script>
<script>
  window.rawData=${scriptJson(pinduoduoRawData(p))};
</script>
</body></html>`;
}

/** Enough of the mobile page's look for screenshots. */
const STYLE = `
body { margin: 0; background: #f4f4f4; font: 15px/1.5 'PingFang SC', 'Noto Sans CJK SC', sans-serif; color: #151516; }
.goods-container-v2 { max-width: 420px; margin: 0 auto; background: #fff; min-height: 100vh; }
.goods-banner { width: 100%; aspect-ratio: 1; display: block; background: #fafafa; }
.goods-price { color: #e02e24; padding: 10px 14px 0; font-weight: 700; }
.price-num { font-size: 26px; } .price-from { font-size: 13px; margin-left: 2px; }
.market-price { color: #9c9c9c; font-weight: 400; margin-left: 8px; font-size: 13px; }
.sales-tip { float: right; color: #9c9c9c; font-weight: 400; font-size: 13px; margin-top: 10px; }
.countdown { background: #e02e24; color: #fff; margin: 8px 14px 0; padding: 4px 10px; border-radius: 4px; }
.goods-name { padding: 8px 14px; font-size: 16px; font-weight: 700; }
.goods-tags { padding: 0 14px; display: flex; gap: 8px; flex-wrap: wrap; }
.goods-tags span { color: #e02e24; border: 1px solid #e02e24; border-radius: 3px; padding: 0 4px; font-size: 12px; }
.goods-service { padding: 10px 14px; color: #58595b; display: flex; gap: 12px; font-size: 13px; }
.goods-mall { padding: 10px 14px; border-top: 8px solid #f4f4f4; font-weight: 700; }
.goods-buy-bar { display: flex; position: sticky; bottom: 0; }
.goods-buy-bar a { flex: 1; text-align: center; color: #fff; padding: 6px 0; font-size: 14px; }
.buy-alone { background: #fb7701; } .buy-group { background: #e02e24; }
`;
