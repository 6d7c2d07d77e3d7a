/**
 * A heavy current-generation Tmall detail page for the extraction benchmark: a ≥ 1 MB document
 * with ≥ 300 SKUs in `window.__ICE_APP_CONTEXT__`, the shape `alibaba-current.ts` reads. The
 * benchmark times `extract` on `html` against a bare `JSON.parse(stateJson)`, the floor any
 * reader of that state pays.
 */

export interface HeavyPage {
  html: string;
  /** The state blob exactly as it appears in the page's script. */
  stateJson: string;
  url: string;
  skuCount: number;
}

const COLORS = [
  '黑色',
  '白色',
  '燕麦色',
  '雾霾蓝',
  '墨绿',
  '酒红',
  '卡其',
  '藏青',
  '浅灰',
  '深灰',
  '米白',
  '焦糖',
  '砖红',
  '天蓝',
  '橄榄绿',
  '奶茶色',
  '炭黑',
  '象牙白',
  '薄荷绿',
  '香芋紫',
];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'];
const EDITIONS = ['常规款', '加绒款'];

/** Deterministic pseudo-random numbers, so every run of the benchmark reads the same page. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

export function buildHeavyTmallPage(): HeavyPage {
  const rand = seeded(20251111);
  const itemId = '765432109876';
  const colorImages = COLORS.map((_, i) => `//img.alicdn.com/imgextra/i${(i % 4) + 1}/2200000000000/O1CN01color${i}_!!2200000000000.jpg`);
  const props: Array<{ pid: string; name: string; values: Array<{ vid: string; name: string; image?: string }> }> = [
    { pid: '1627207', name: '颜色分类', values: COLORS.map((name, i) => ({ vid: String(28300 + i), name, image: colorImages[i] })) },
    { pid: '20509', name: '尺码', values: SIZES.map((name, i) => ({ vid: String(28310 + i), name })) },
    { pid: '122216343', name: '款式', values: EDITIONS.map((name, i) => ({ vid: String(3920 + i), name })) },
  ];
  const skus: Array<{ propPath: string; skuId: string }> = [];
  const sku2info: Record<string, unknown> = {};
  let n = 0;
  for (const c of props[0]!.values)
    for (const s of props[1]!.values)
      for (const e of props[2]!.values) {
        n++;
        const skuId = String(5300000000000 + n);
        skus.push({ propPath: `1627207:${c.vid};20509:${s.vid};122216343:${e.vid}`, skuId });
        const fen = (e.name === '加绒款' ? 25900 : 19900) + (SIZES.indexOf(s.name) >= 6 ? 2000 : 0);
        const quantity = rand() < 0.18 ? 0 : Math.floor(rand() * 400);
        sku2info[skuId] = {
          price: { priceMoney: String(fen), priceText: (fen / 100).toFixed(2), priceTitle: '优惠前' },
          subPrice: { priceMoney: String(fen - 3000), priceText: ((fen - 3000) / 100).toFixed(2), priceTitle: '券后' },
          quantity: String(quantity),
          quantityText: quantity === 0 ? '无货' : quantity < 10 ? `仅剩${quantity}件` : '有货',
          logisticsTime: '48小时内发货',
          skuPromTag: [{ text: '返场价', color: '#FF5000' }],
        };
      }
  sku2info['0'] = { price: { priceMoney: '19900', priceText: '199-279' }, quantity: '52000', quantityText: '有货' };
  const reviews = Array.from({ length: 120 }, (_, i) => ({
    id: String(1200000000 + i),
    user: `t***${i}`,
    sku: `颜色分类:${COLORS[i % COLORS.length]};尺码:${SIZES[i % SIZES.length]}`,
    text: '面料很舒服，版型也好看，返场价入手很划算，尺码标准，和描述一致，物流很快，包装完好。'.repeat(3),
    pics: Array.from({ length: 4 }, (_, j) => `//img.alicdn.com/bao/uploaded/i${j + 1}/review_${i}_${j}.jpg`),
  }));
  const res = {
    item: {
      itemId,
      title: '重磅加绒卫衣男女同款秋冬季宽松连帽外套 返场特惠',
      images: colorImages,
      categoryId: '50000436',
      rootCategoryId: '30',
    },
    seller: {
      sellerId: '2200000000000',
      shopName: '城市街角服饰旗舰店',
      shopIcon: '//img.alicdn.com/shop.png',
      evaluates: [{ title: '宝贝描述', score: '4.8' }],
    },
    skuBase: { props, skus },
    skuCore: { sku2info, skuItem: { hideQuantity: false, itemStatus: 0 } },
    componentsVO: {
      priceVO: { price: { priceText: '199', priceTitle: '' }, extraPrice: { priceText: '399', priceTitle: '优惠前' } },
      extensionInfoVO: {
        infos: [
          {
            title: '参数信息',
            items: [
              { title: '品牌', text: ['城市街角'] },
              { title: '面料', text: ['棉75% 聚酯纤维25%'] },
              { title: '上市时间', text: ['2025年秋季'] },
            ],
          },
        ],
      },
      guaranteeVO: { items: [{ title: '7天无理由退货' }, { title: '退货宝' }, { title: '极速退款' }] },
      promotionVO: { items: [{ text: '跨店每满300减50' }, { text: '店铺券 满199减30' }] },
      rateVO: { reviews },
    },
  };
  const stateJson = JSON.stringify({ appData: { pageName: 'pc-detail' }, loaderData: { home: { data: { res } } } });

  const descriptionBlocks: string[] = [];
  for (let i = 0; i < 3000; i++) {
    descriptionBlocks.push(
      `<div class="DescModule--block--3Fz${i % 10}k"><img class="DescModule--img--1aB" src="//img.alicdn.com/imgextra/i${(i % 4) + 1}/2200000000000/O1CN01desc${i}_!!2200000000000.jpg" data-index="${i}"><p class="DescModule--text--2Cd">细节展示 ${i}：精选面料，细密针脚，袖口螺纹收紧，下摆防风设计。</p></div>`,
    );
  }
  const skuButtons = props
    .map(
      (p) =>
        `<div class="SkuContent--skuItem--3Nb1tMw"><span class="SkuContent--label--1Q1QgfU">${p.name}</span>${p.values.map((v) => `<div class="SkuContent--valueItem--1ab8vH0" data-vid="${v.vid}"><span>${v.name}</span></div>`).join('')}</div>`,
    )
    .join('');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${res.item.title}-tmall.com天猫</title>
<script>window.__INIT_DATA__ = ${JSON.stringify({ data: { recommend: { item: { itemId: '1', title: '推荐' } } } })};</script></head><body>
<div id="ice-container"><div class="ShopHeaderNew--root--3Xv1lC4"><span class="ShopHeaderNew--shopName--2Gm0Ipz">${res.seller.shopName}</span></div>
<div class="BasicContent--root--1_NvQmc"><h1 class="ItemHeader--mainTitle--3CIjqW5">${res.item.title}</h1>
<div class="Price--root--1CrVGjc"><span class="Price--priceText--2nLbVda">199</span><span class="Price--extraPriceText--2dbLkGU">优惠前￥399</span></div>
<div class="Promotion--root--3qHQalP"><span>跨店每满300减50</span><span>店铺券 满199减30</span></div>
<div class="GeneralService--root--1tdUcB8"><span>7天无理由退货</span></div>
<div class="SkuContent--root--2ty7ZVj">${skuButtons}</div></div>
<div class="DescModule--root--1xYz">${descriptionBlocks.join('\n')}</div></div>
<script>window.__ICE_APP_CONTEXT__ = ${stateJson};</script>
<script src="https://g.alicdn.com/code/npm/@ali/pc-item-detail/1.6.1/index.js"></script>
</body></html>`;
  return { html, stateJson, url: `https://detail.tmall.com/item.htm?id=${itemId}`, skuCount: skus.length };
}
