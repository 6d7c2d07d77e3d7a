import type { LiveProduct, LiveSku } from '../types';
import { escapeHtml as e, scriptJson } from './escape';

/**
 * The current-generation Taobao/Tmall detail page (2023 on), shared by both hosts: the server
 * state in `window.__ICE_APP_CONTEXT__` (`skuBase` with each SKU's propPath, `skuCore.sku2info`
 * with price in fen and quantity per SKU, key "0" the item summary), and the ICE app's DOM with
 * hashed CSS-module class names. The hashes are the ones seen on the saved fixtures; the
 * extension only relies on their prefixes.
 */

export interface AlibabaLook {
  /** Appended to the document title, as each site does. */
  titleSuffix: string;
  /** The site's accent colour, for screenshots that read like the real page. */
  accent: string;
  /** Service promises the platform adds to every item (天猫's 正品保证). */
  platformGuarantees: string[];
}

export interface AlibabaRenderOptions {
  /** The `skuId` of the URL: that SKU is selected, as the real page does. */
  skuId?: string | null;
  /**
   * Live pages, like the real ICE app, render the price after hydration; a background fetch (no
   * scripts run) sees the state only. Off for a page read as saved.
   */
  live?: boolean;
}

/** Sale-property ids Taobao uses for common dimensions; other names get a stable made-up id. */
const KNOWN_PIDS: Record<string, string> = {
  颜色分类: '1627207',
  颜色: '1627207',
  尺码: '20509',
  鞋码: '20549',
  净含量: '122216608',
  规格: '122216347',
};

/** Class names of the ICE app's CSS modules, hashes as seen on saved pages. */
const CLS = {
  shopHeader: 'ShopHeaderNew--root--3Xv1lC4',
  shopName: 'ShopHeaderNew--shopName--2Gm0Ipz',
  gallery: 'PicGallery--root--2Oz0zrp',
  mainPic: 'PicGallery--mainPic--34u4Jrw',
  buyBox: 'BasicContent--root--1_NvQmc',
  header: 'ItemHeader--root--DXhqHxP',
  title: 'ItemHeader--mainTitle--3CIjqW5',
  subTitle: 'ItemHeader--subTitle--1yYbH0z',
  priceRoot: 'Price--root--1CrVGjc',
  priceWrap: 'Price--priceWrap--3k-KR7Z',
  priceSign: 'Price--sign--1tCDRAd',
  priceText: 'Price--priceText--2nLbVda',
  extraPrice: 'Price--extraPrice--1Wr8fJy',
  extraPriceText: 'Price--extraPriceText--2dbLkGU',
  promotion: 'Promotion--root--3qHQalP',
  promotionText: 'Promotion--text--2p6h9xg',
  service: 'GeneralService--root--1tdUcB8',
  serviceItem: 'GeneralService--item--3PBQSwB',
  skuRoot: 'SkuContent--root--2ty7ZVj',
  skuItem: 'SkuContent--skuItem--3Nb1tMw',
  skuLabel: 'SkuContent--label--1Q1QgfU',
  skuValue: 'SkuContent--valueItem--1ab8vH0',
  skuSelected: 'SkuContent--isSelected--1uS1t8l',
  skuDisabled: 'SkuContent--isDisabled--2JX3m0K',
  skuQuantity: 'SkuContent--quantity--2Yb0aZm',
  operation: 'Operation--root--1fvv1lx',
  countButton: 'Operation--countBtn--3Ak5uQn',
  countValue: 'Operation--countValue--2sUZ3wP',
  addCart: 'Actions--leftBtn--3SCOa9P',
  buyNow: 'Actions--rightBtn--2ZZgPuF',
  toast: 'Toast--root--1Xw3ZQh',
} as const;

/** Badges that speak of stock sit by the quantity, as the real page puts them; the rest under the title. */
const STOCK_BADGE = /剩|库存|紧张|售罄|抢光/;

const fen = (yuan: number) => Math.round(yuan * 100);
/** Prices as these pages write them: "259" or "29.9", no trailing zeros. */
const priceText = (yuan: number) => String(fen(yuan) / 100);

/** A stable numeric id from text, so the same product always renders the same ids. */
function stableId(text: string, digits: number): string {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
  const min = 10 ** (digits - 1);
  return String(min + (h % (9 * min)));
}

interface SaleDimension {
  name: string;
  pid: string;
  values: Array<{ name: string; vid: string }>;
}

function saleDimensions(p: LiveProduct): SaleDimension[] {
  const names = [...new Set(p.skus.flatMap((s) => Object.keys(s.props)))];
  return names.map((name) => {
    const pid = KNOWN_PIDS[name] ?? stableId(`pid:${name}`, 8);
    const values = [...new Set(p.skus.map((s) => s.props[name]).filter((v): v is string => Boolean(v)))];
    return { name, pid, values: values.map((v) => ({ name: v, vid: stableId(`${pid}:${v}`, 7) })) };
  });
}

function propPath(sku: LiveSku, dims: SaleDimension[]): string {
  return dims
    .filter((d) => sku.props[d.name] !== undefined)
    .map((d) => `${d.pid}:${d.values.find((v) => v.name === sku.props[d.name])!.vid}`)
    .join(';');
}

export function sellerIdOf(p: LiveProduct): string {
  return stableId(`seller:${p.shop}`, 10);
}

export function imageOf(p: LiveProduct): string {
  const seller = sellerIdOf(p);
  return `//img.alicdn.com/imgextra/i1/${seller}/O1CN01${p.itemId}_!!${seller}.jpg`;
}

/** The range a price shows: "259" or "259-299". */
function rangeText(skus: LiveSku[], fallback: number): string {
  const prices = skus.map((s) => s.price);
  if (prices.length === 0) return priceText(fallback);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return high > low ? `${priceText(low)}-${priceText(high)}` : priceText(low);
}

/** The detail response the ICE app hydrates from, as it sits at `loaderData.home.data.res`. */
export function iceDetailResponse(p: LiveProduct, look: AlibabaLook, selected: LiveSku | undefined): Record<string, unknown> {
  const dims = saleDimensions(p);
  const sku2info: Record<string, unknown> = {};
  for (const s of p.skus) {
    sku2info[s.skuId] = {
      price: { priceMoney: String(fen(s.price)), priceText: priceText(s.price) },
      quantity: String(s.stock),
      quantityText: s.stock > 0 ? '有货' : '无货',
    };
  }
  const total = p.skus.reduce((n, s) => n + s.stock, 0);
  const low = p.skus.length > 0 ? Math.min(...p.skus.map((s) => s.price)) : p.price;
  sku2info['0'] = {
    price: { priceMoney: String(fen(low)), priceText: rangeText(p.skus, p.price) },
    quantity: String(total),
    quantityText: total > 0 ? '有货' : '无货',
  };
  return {
    item: { itemId: p.itemId, title: p.title, images: [imageOf(p)], vagueSellCount: '500+' },
    seller: { sellerId: sellerIdOf(p), shopName: p.shop },
    skuBase: {
      props: dims.map((d) => ({ pid: d.pid, name: d.name, values: d.values.map((v) => ({ vid: v.vid, name: v.name })) })),
      skus: p.skus.map((s) => ({ propPath: propPath(s, dims), skuId: s.skuId })),
    },
    skuCore: { sku2info, skuItem: { hideQuantity: false, itemStatus: 0 } },
    componentsVO: {
      priceVO: {
        price: { priceText: selected ? priceText(selected.price) : rangeText(p.skus, p.price), priceTitle: '' },
        ...(p.listPrice !== null ? { extraPrice: { priceText: priceText(p.listPrice), priceTitle: '优惠前' } } : {}),
      },
      extensionInfoVO: {
        infos: [{ type: 'BASE_PROPS', title: '参数信息', items: p.params.map(([title, text]) => ({ title, text: [text] })) }],
      },
      guaranteeVO: { items: [...look.platformGuarantees, p.returnPolicy].map((title) => ({ title })) },
      promotionVO: { items: p.promotions.map((text) => ({ text })) },
    },
  };
}

export function renderAlibabaItemPage(p: LiveProduct, look: AlibabaLook, { skuId = null, live = true }: AlibabaRenderOptions = {}): string {
  const selected = skuId ? p.skus.find((s) => s.skuId === skuId) : undefined;
  const dims = saleDimensions(p);
  const res = iceDetailResponse(p, look, selected);
  const shownPrice = selected ? priceText(selected.price) : rangeText(p.skus, p.price);
  const stockBadges = p.badges.filter((b) => STOCK_BADGE.test(b));
  const otherBadges = p.badges.filter((b) => !STOCK_BADGE.test(b));
  const skuBlocks = dims
    .map((d) => {
      const values = d.values
        .map((v) => {
          // A value no SKU has in stock cannot be chosen, whatever else is selected.
          const soldOut = !p.skus.some((s) => s.props[d.name] === v.name && s.stock > 0);
          // A dimension with one value is chosen already, as the real page does.
          const isSelected = selected ? selected.props[d.name] === v.name : d.values.length === 1;
          const cls = [CLS.skuValue, isSelected ? CLS.skuSelected : '', soldOut ? CLS.skuDisabled : ''].filter(Boolean).join(' ');
          return `<div class="${cls}" data-vid="${v.vid}" data-pid="${d.pid}"><span>${e(v.name)}</span></div>`;
        })
        .join('');
      return `<div class="${CLS.skuItem}"><span class="${CLS.skuLabel}">${e(d.name)}</span>${values}</div>`;
    })
    .join('\n      ');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${e(p.title)}${e(look.titleSuffix)}</title>
<style>${style(look.accent)}</style>
</head><body>
<div id="ice-container">
  <div class="${CLS.shopHeader}"><a href="//shop${sellerIdOf(p)}.taobao.com"><span class="${CLS.shopName}">${e(p.shop)}</span></a></div>
  <div class="ItemMain">
  <div class="${CLS.gallery}"><img class="${CLS.mainPic}" src="https:${imageOf(p)}_q50.jpg_.webp" alt=""></div>
  <div class="${CLS.buyBox}">
    <div class="${CLS.header}"><h1 class="${CLS.title}">${e(p.title)}</h1>${otherBadges.map((b) => `<div class="${CLS.subTitle}">${e(b)}</div>`).join('')}</div>
    <div class="${CLS.priceRoot}">
      <div class="${CLS.priceWrap}"><span class="${CLS.priceSign}">￥</span><span class="${CLS.priceText}">${live ? '' : shownPrice}</span></div>
      ${p.listPrice !== null ? `<div class="${CLS.extraPrice}"><span class="${CLS.extraPriceText}">优惠前￥${priceText(p.listPrice)}</span></div>` : ''}
    </div>
    <div class="${CLS.promotion}">${p.promotions.map((t) => `<span class="${CLS.promotionText}">${e(t)}</span>`).join('')}</div>
    <div class="${CLS.service}">${[...look.platformGuarantees, p.returnPolicy].map((t) => `<span class="${CLS.serviceItem}">${e(t)}</span>`).join('')}</div>
    <div class="${CLS.skuRoot}">
      ${skuBlocks}
      ${stockBadges.length > 0 ? `<div class="${CLS.skuQuantity}">${stockBadges.map(e).join(' ')}</div>` : ''}
    </div>
    <div class="${CLS.operation}">
      <button type="button" class="${CLS.countButton}" data-step="-1">−</button><input class="${CLS.countValue}" value="1"><button type="button" class="${CLS.countButton}" data-step="1">+</button>
      <button type="button" class="${CLS.addCart}">加入购物车</button>
      <button type="button" class="${CLS.buyNow}">立即购买</button>
    </div>
    <div class="${CLS.toast}" hidden></div>
  </div>
  </div>
</div>
<script>
  window.__ICE_APP_CONTEXT__ = ${scriptJson({ appData: { pageName: 'pc-detail' }, loaderData: { home: { data: { res } } }, routerData: {} })};
</script>
${live ? pageScript(dims) : ''}
</body></html>`;
}

/**
 * What the ICE app does on a live page, kept to what the extension meets: it shows the price after
 * hydration, and choosing options selects the matching SKU, shows its price and puts `skuId` in the
 * address. The state is read as `self.…` so this script never looks like the state assignment.
 */
function pageScript(dims: SaleDimension[]): string {
  return `<script>
(function () {
  var res = self.__ICE_APP_CONTEXT__.loaderData.home.data.res;
  var info = res.skuCore.sku2info;
  var dimCount = ${dims.length};
  var priceEl = document.querySelector('.${CLS.priceText}');
  var selectedSku = new URL(location.href).searchParams.get('skuId');
  setTimeout(function () {
    priceEl.textContent = selectedSku && info[selectedSku] ? info[selectedSku].price.priceText : info['0'].price.priceText;
  }, 150);
  document.addEventListener('click', function (event) {
    var value = event.target.closest('.${CLS.skuValue}');
    if (value && !value.classList.contains('${CLS.skuDisabled}')) {
      value.parentElement.querySelectorAll('.${CLS.skuValue}').forEach(function (v) { v.classList.toggle('${CLS.skuSelected}', v === value); });
      var parts = Array.prototype.map.call(document.querySelectorAll('.${CLS.skuSelected}'), function (v) { return v.dataset.pid + ':' + v.dataset.vid; });
      if (parts.length !== dimCount) return;
      var sku = res.skuBase.skus.find(function (s) { return s.propPath.split(';').every(function (p) { return parts.indexOf(p) >= 0; }); });
      if (!sku) return;
      var url = new URL(location.href);
      url.searchParams.set('skuId', sku.skuId);
      history.replaceState(null, '', url.href);
      priceEl.textContent = info[sku.skuId].price.priceText;
      return;
    }
    var step = event.target.closest('.${CLS.countButton}');
    if (step) {
      var input = document.querySelector('.${CLS.countValue}');
      input.value = String(Math.max(1, (parseInt(input.value, 10) || 1) + Number(step.dataset.step)));
      return;
    }
    if (event.target.closest('.${CLS.addCart}')) {
      var toast = document.querySelector('.${CLS.toast}');
      toast.textContent = '成功加入购物车';
      toast.hidden = false;
    }
  });
})();
</script>`;
}

/** Enough of the look for the demo screenshots to read like the shop's page. */
function style(accent: string): string {
  return `
body { font: 14px/1.6 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #11192d; margin: 0; background: #f2f3f5; }
.${CLS.shopHeader} { background: #fff; padding: 12px 40px; border-bottom: 1px solid #eee; font-weight: 700; }
.${CLS.shopHeader} a { color: #11192d; text-decoration: none; }
.ItemMain { display: flex; gap: 32px; background: #fff; margin: 12px 40px; padding: 24px; border-radius: 12px; }
.${CLS.gallery} img { width: 360px; height: 360px; border-radius: 8px; background: #fafafa; }
.${CLS.buyBox} { flex: 1; }
.${CLS.title} { font-size: 20px; margin: 0 0 6px; }
.${CLS.subTitle} { color: ${accent}; margin-bottom: 6px; }
.${CLS.priceRoot} { background: linear-gradient(90deg, #fff1eb, #fff); padding: 12px 16px; border-radius: 8px; }
.${CLS.priceWrap} { color: ${accent}; font-size: 28px; font-weight: 700; display: inline-block; }
.${CLS.extraPrice} { display: inline-block; color: #7a7a7a; margin-left: 12px; }
.${CLS.promotion}, .${CLS.service} { margin-top: 10px; display: flex; gap: 10px; flex-wrap: wrap; }
.${CLS.promotionText} { color: ${accent}; border: 1px solid ${accent}; border-radius: 4px; padding: 0 6px; }
.${CLS.serviceItem} { color: #555; }
.${CLS.skuRoot} { margin-top: 14px; }
.${CLS.skuItem} { display: flex; gap: 8px; align-items: center; margin-bottom: 10px; flex-wrap: wrap; }
.${CLS.skuLabel} { width: 72px; color: #7a7a7a; }
.${CLS.skuValue} { border: 1px solid #ddd; border-radius: 6px; padding: 4px 14px; cursor: pointer; }
.${CLS.skuSelected} { border-color: ${accent}; color: ${accent}; }
.${CLS.skuDisabled} { color: #c5c5c5; border-style: dashed; cursor: not-allowed; }
.${CLS.skuQuantity} { color: ${accent}; font-weight: 700; }
.${CLS.operation} { margin-top: 16px; display: flex; gap: 10px; align-items: center; }
.${CLS.countValue} { width: 44px; text-align: center; }
.${CLS.countButton} { width: 28px; }
.${CLS.addCart}, .${CLS.buyNow} { border: 0; border-radius: 20px; padding: 10px 28px; font-size: 16px; color: #fff; cursor: pointer; }
.${CLS.addCart} { background: #ffb32b; } .${CLS.buyNow} { background: ${accent}; }
.${CLS.toast} { margin-top: 10px; color: #2a8c4a; }
`;
}
