import type { LiveProduct } from '../types';
import { escapeHtml as e, scriptJson } from './escape';

const yuan = (n: number) => n.toFixed(2);

/**
 * An item.m.jd.com/product/<skuId>.html page in the shape JD's mobile site serves it: the item in
 * `window._itemOnly = ({...})`, the live price and stock in `window._itemInfo = ({...})` (both
 * JavaScript, as test/fixtures/jd/mobile-milk.html), the price in #priceSale, and the bottom buy bar
 * fixed to the screen's bottom edge, whose buttons are script-driven links without an address.
 */
export function renderJdMobileItemPage(p: LiveProduct, { skuId }: { skuId?: string } = {}): string {
  const selected = p.skus.find((s) => s.skuId === skuId) ?? p.skus[0];
  const dims = [...new Set(p.skus.flatMap((s) => Object.keys(s.props)))];
  const saleProp = Object.fromEntries(dims.map((d, i) => [String(i + 1), d]));
  const newColorSize = p.skus.map((s) => ({
    skuId: s.skuId,
    ...Object.fromEntries(dims.map((d, i) => [String(i + 1), s.props[d] ?? '*'])),
  }));
  const stock = selected?.stock ?? 0;
  const itemOnly = {
    item: {
      skuId: selected?.skuId ?? p.itemId,
      skuName: p.title,
      categoryName: p.category,
      shopName: p.shop,
      image: [`jfs/t1/demo/${p.itemId}.jpg`],
      saleProp,
      newColorSize,
      expandAttrDesc: p.params.map(([attrName, attrValue]) => ({ attrName, attrValue })),
    },
  };
  const itemInfo = {
    price: { p: yuan(selected?.price ?? p.price), ...(p.listPrice !== null ? { op: yuan(p.listPrice) } : {}) },
    stock: {
      StockState: stock === 0 ? 34 : 33,
      StockStateName: stock === 0 ? '无货' : stock <= 5 ? `仅剩${stock}件` : '现货',
      rn: stock === 0 ? 0 : -1,
    },
    shopInfo: { shop: { name: p.shop } },
    promov2: [{ pis: p.promotions.map((t) => ({ customtag: { '1': t } })) }],
  };
  const chips = dims
    .map(
      (dim) =>
        `<div class="spec-row"><span class="spec-name">${e(dim)}</span>${[...new Set(p.skus.map((s) => s.props[dim]))]
          .map((v) => `<span class="spec-chip${selected?.props[dim] === v ? ' on' : ''}">${e(v ?? '')}</span>`)
          .join('')}</div>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>${e(p.title)} - 京东</title>
<style>${STYLE}</style>
<script>
  window._itemOnly = (${scriptJson(itemOnly)});
  window._itemInfo = (${scriptJson(itemInfo)});
</script>
</head><body>
<div id="mainLayout">
  <img class="goods-img" src="https://m.360buyimg.com/mobilecms/s750x750_jfs/t1/demo/${p.itemId}.jpg" alt="">
  <div class="price-wrap"><span class="price" id="priceSale">¥${yuan(selected?.price ?? p.price)}</span>${
    p.listPrice !== null ? `<del class="op">¥${yuan(p.listPrice)}</del>` : ''
  }</div>
  ${p.badges.map((b) => `<div class="badge-line">${e(b)}</div>`).join('')}
  <div class="fn_goods_name">${e(p.title)}</div>
  <div id="promotion" class="prom-list">${p.promotions.map((t) => `<span class="prom-tag">满减</span><span class="prom-text">${e(t)}</span>`).join('')}</div>
  <div id="stockStatus">${stock === 0 ? '无货' : '现货'}</div>
  <div class="spec">${chips}</div>
  <div id="servicePromise" class="service-list"><span>${e(p.returnPolicy)}</span></div>
  <div class="shop-name">${e(p.shop)}</div>
  <div class="detail-desc">${p.params.map(([k, v]) => `<p>${e(k)}：${e(v)}</p>`).join('')}</div>
</div>
<div id="cart1" class="bottom-bar">
  <a class="bar-icon">店铺</a><a class="bar-icon">购物车</a>
  <a id="addCart2" class="btn-cart">加入购物车</a><a id="buyBtn2" class="btn-buy">立即购买</a>
</div>
</body></html>`;
}

/** Enough of the mobile page's look for the phone screenshots. */
const STYLE = `
body { margin: 0; background: #f2f2f2; font: 14px/1.5 'PingFang SC', 'Noto Sans CJK SC', sans-serif; color: #262626; padding-bottom: 56px; }
#mainLayout { background: #fff; }
.goods-img { width: 100%; aspect-ratio: 1; display: block; background: #fafafa; }
.price-wrap { color: #fa2c19; padding: 10px 12px 0; font-weight: 700; }
#priceSale { font-size: 24px; } .op { color: #999; font-weight: 400; margin-left: 8px; font-size: 12px; }
.badge-line { color: #fa2c19; padding: 2px 12px; font-size: 12px; }
.fn_goods_name { padding: 6px 12px; font-size: 16px; font-weight: 700; }
.prom-list, #stockStatus, .spec, .service-list, .shop-name, .detail-desc { padding: 8px 12px; border-top: 8px solid #f2f2f2; }
.prom-tag { color: #fff; background: #fa2c19; border-radius: 2px; padding: 0 3px; margin-right: 6px; font-size: 12px; }
.spec-row { margin: 4px 0; } .spec-name { color: #999; margin-right: 8px; }
.spec-chip { display: inline-block; border: 1px solid #ddd; border-radius: 14px; padding: 2px 12px; margin: 2px 4px 2px 0; }
.spec-chip.on { border-color: #fa2c19; color: #fa2c19; }
.detail-desc p { margin: 2px 0; color: #666; }
.bottom-bar { position: fixed; left: 0; right: 0; bottom: 0; height: 50px; display: flex; background: #fff; border-top: 1px solid #eee; }
.bar-icon { width: 52px; display: flex; align-items: center; justify-content: center; font-size: 11px; color: #666; }
.btn-cart, .btn-buy { flex: 1; display: flex; align-items: center; justify-content: center; color: #fff; font-size: 15px; }
.btn-cart { background: linear-gradient(90deg, #ffc500, #ff9400); } .btn-buy { background: linear-gradient(90deg, #ff6034, #ee0a24); }
`;
