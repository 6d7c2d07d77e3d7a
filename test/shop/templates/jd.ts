import type { LiveProduct } from '../types';
import { escapeHtml as e, scriptJson } from './escape';

const yuan = (n: number) => n.toFixed(2);

/**
 * An item.jd.com page in the shape JD serves it: `pageConfig.product` as a JavaScript literal
 * (unquoted keys, single quotes, `!0`), the price block, `#choose-attr-N` SKU buttons with
 * `data-sku`, the parameter list, and the stock prompt. Live pages, like JD's, leave the price empty
 * and fill it after load from the price service (p.3.cn), which the fixture shop also answers.
 */
export function renderJdItemPage(p: LiveProduct, { skuId, live = true }: { skuId?: string; live?: boolean } = {}): string {
  // On JD every SKU has its own item page: /<skuId>.html selects that SKU.
  const selected = p.skus.find((s) => s.skuId === skuId) ?? p.skus[0];
  const dims = [...new Set(p.skus.flatMap((s) => Object.keys(s.props)))];
  const colorSize = p.skus.map((s) => ({ skuId: Number(s.skuId), ...s.props }));
  const attrBlocks = dims
    .map((dim, i) => {
      const values = [...new Set(p.skus.map((s) => s.props[dim]).filter((v): v is string => Boolean(v)))];
      const items = values
        .map((v) => {
          const sku = p.skus.find(
            (s) => s.props[dim] === v && (!selected || dims.every((d) => d === dim || s.props[d] === selected.props[d])),
          );
          const soldOut = !sku || sku.stock === 0;
          const isSelected = selected?.props[dim] === v;
          return `<div class="item${isSelected ? ' selected' : ''}${soldOut ? ' disabled' : ''}" data-sku="${sku?.skuId ?? ''}" data-value="${e(v)}" title="${e(v)}"><a href="#none"><i>${e(v)}</i></a></div>`;
        })
        .join('');
      return `<div id="choose-attr-${i + 1}" class="li p-choose" data-type="${e(dim)}" data-idx="${i}"><div class="dt">选择${e(dim)}</div><div class="dd">${items}</div></div>`;
    })
    .join('');
  const stock = selected?.stock ?? 0;
  const storePrompt = stock === 0 ? '无货' : stock <= 5 ? `仅剩${stock}件` : '有货';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【京东】${e(p.title)}【行情 报价 价格 评测】-京东</title>
<script>
var pageConfig = {
  compatible: true,
  product: {
    skuid: ${selected?.skuId ?? p.itemId},
    skuMarkJson: {},
    name: '${p.title.replace(/'/g, "\\'")}',
    skuidkey:'A5E1B0C1',
    href: '//item.jd.com/${p.itemId}.html',
    src: 'jfs/t1/demo/${p.itemId}.jpg',
    cat: [1315,1342,9733],
    brand: 8557,
    venderId:1000001234,
    shopId:'1000001234',
    isPop: !1,
    colorSize: ${scriptJson(colorSize)},
    warestatus: 1,
    specialAttrs:["isFlashPurchase-0","IsNewGoods","isHaveYB"],
    isOverseaPurchase: '0',
  }
};
</script>
<style>${JD_STYLE}</style>
</head><body>
<div id="crumb-wrap"><div class="crumb">${p.category.map((c) => `<div class="item"><a href="//list.jd.com/">${e(c)}</a></div><div class="sep">&gt;</div>`).join('')}</div>
<div class="contact"><div class="J-hove-wrap"><div class="item"><div class="name"><a href="//mall.jd.com/index-1000001234.html" title="${e(p.shop)}">${e(p.shop)}</a></div></div></div></div></div>
<div class="product-intro">
  <div id="spec-n1"><img id="spec-img" src="//img14.360buyimg.com/n1/jfs/t1/demo/${p.itemId}.jpg" alt="${e(p.title)}"></div>
  <div class="itemInfo-wrap">
    <div class="sku-name">${e(p.title)}</div>
    <div class="summary-price-wrap"><div class="summary-price J-summary-price">
      <div class="dt">京 东 价</div>
      <div class="dd"><span class="p-price"><span>￥</span><span class="price J-p-${selected?.skuId ?? p.itemId}">${live ? '' : yuan(selected?.price ?? p.price)}</span></span>
      ${p.listPrice !== null ? `<span class="pricing">[<del id="page_origin_price">￥${yuan(p.listPrice)}</del>]</span>` : ''}</div>
    </div>
    <div id="summary-promotion"><div class="dt">促\u3000\u3000销</div><div class="dd J-prom-wrap">${p.promotions.map((t) => `<div class="prom-item"><em class="hl_red_bg">满减</em><em class="hl_red">${e(t)}</em></div>`).join('')}</div></div>
    ${p.badges.map((b) => `<div class="activity-message">${e(b)}</div>`).join('')}
    </div>
    <div id="summary-stock"><div class="dt">配 送 至</div><div class="dd"><div id="store-prompt"><strong>${storePrompt}</strong></div></div></div>
    <div id="choose-attrs">${attrBlocks}
      <div id="choose-btns"><div class="choose-amount"><input class="buy-num" id="buy-num" value="1" data-max="200"></div>
      <a href="//cart.jd.com/gate.action?pid=${selected?.skuId ?? p.itemId}&amp;pcount=1&amp;ptype=1" id="InitCartUrl" class="btn-special1 btn-lg">加入购物车</a></div>
    </div>
    <div id="summary-service"><span class="hl_red">${e(p.returnPolicy)}</span></div>
  </div>
</div>
<div class="p-parameter"><ul class="parameter2 p-parameter-list">
  <li title="${e(p.title)}">商品名称：${e(p.title)}</li>
  <li title="${p.itemId}">商品编号：${p.itemId}</li>
  ${p.params.map(([k, v]) => `<li title="${e(v)}">${e(k)}：${e(v)}</li>`).join('\n  ')}
</ul></div>
<div class="Ptable"><div class="Ptable-item"><h3>主体</h3>${p.params.map(([k, v]) => `<dl class="clearfix"><dt>${e(k)}</dt><dd>${e(v)}</dd></dl>`).join('')}</div></div>
${live ? priceLoader(selected?.skuId ?? p.itemId) : ''}
</body></html>`;
}

function priceLoader(skuId: string): string {
  return `<script>
setTimeout(function () {
  fetch('https://p.3.cn/prices/mgets?skuIds=J_${skuId}').then(function (r) { return r.json(); }).then(function (d) {
    document.querySelector('.J-p-${skuId}').textContent = d[0].p;
    var del = document.getElementById('page_origin_price');
    if (del && d[0].op) del.textContent = '￥' + d[0].op;
  });
}, 150);
</script>`;
}

/** The answer of JD's price service for one SKU: `[{ id: 'J_1', p: '299.00', op: '499.00' }]`. */
export function renderJdPriceService(p: LiveProduct, skuId: string): string {
  const sku = p.skus.find((s) => s.skuId === skuId);
  const price = sku?.price ?? p.price;
  return JSON.stringify([{ id: `J_${skuId}`, p: yuan(price), op: p.listPrice !== null ? yuan(p.listPrice) : '', m: '' }]);
}

/** Enough of JD's look for the demo screenshots to read like a product page. */
const JD_STYLE = `
body { font: 14px/1.6 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #333; margin: 0; background: #f5f5f5; }
#crumb-wrap { background: #fff; padding: 10px 40px; border-bottom: 1px solid #eee; display: flex; justify-content: space-between; }
#crumb-wrap .crumb, #crumb-wrap .crumb .item, #crumb-wrap .sep { display: inline; margin-right: 6px; }
#crumb-wrap a { color: #666; text-decoration: none; }
.product-intro { display: flex; gap: 32px; background: #fff; margin: 12px 40px; padding: 24px; }
#spec-n1 { width: 350px; height: 350px; background: #fafafa; display: flex; align-items: center; justify-content: center; }
#spec-n1 img { width: 320px; height: 320px; }
.itemInfo-wrap { flex: 1; }
.sku-name { font-size: 18px; font-weight: 700; margin-bottom: 12px; }
.summary-price-wrap { background: #f3f3f3; padding: 12px; }
.summary-price .dt, #summary-promotion .dt, #summary-stock .dt { display: inline-block; width: 72px; color: #999; }
.summary-price .dd, #summary-promotion .dd, #summary-stock .dd { display: inline-block; }
.p-price { color: #e4393c; font-size: 22px; }
.pricing { color: #999; margin-left: 8px; }
.prom-item em { font-style: normal; margin-right: 6px; }
.hl_red_bg { background: #e4393c; color: #fff; padding: 0 4px; }
.hl_red { color: #e4393c; }
.activity-message { color: #e4393c; font-weight: 700; margin-top: 6px; }
#summary-stock, #choose-attrs, #summary-service { margin-top: 12px; }
.p-choose .dt { display: inline-block; width: 72px; color: #999; }
.p-choose .dd { display: inline-flex; gap: 8px; }
.p-choose .item a { display: inline-block; border: 1px solid #ccc; padding: 2px 12px; color: #333; text-decoration: none; }
.p-choose .item.selected a { border-color: #e4393c; }
.p-choose .item.disabled a { border-style: dashed; color: #ccc; }
.p-choose .item i { font-style: normal; }
#choose-btns { margin-top: 16px; display: flex; gap: 12px; align-items: center; }
#buy-num { width: 40px; }
#InitCartUrl { background: #e4393c; color: #fff; padding: 10px 36px; text-decoration: none; font-size: 16px; }
.p-parameter, .Ptable { background: #fff; margin: 0 40px 12px; padding: 12px 24px; }
.parameter2 { display: grid; grid-template-columns: repeat(3, 1fr); list-style: none; padding: 0; color: #666; }
.Ptable dl { display: flex; margin: 0; } .Ptable dt { width: 120px; color: #999; } .Ptable dd { margin: 0; }
`;
