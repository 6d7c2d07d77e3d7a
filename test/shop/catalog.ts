import { shanghaiDateBefore, shanghaiYear, TEST_NOW } from '../clock';
import type { LiveProduct } from './types';

/**
 * The demo and end-to-end catalogue: products modelled on the shopper's guide's own examples.
 * Each call returns fresh objects, so a test that changes a price cannot leak into another. Dates
 * on the pages are relative to `now` (the moment the test or demo chose), so a cream with under
 * three months left has under three months left in any year.
 */
export function hoodie(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'jd',
    itemId: '100038004353',
    title: '连帽加绒卫衣男 冬季宽松潮牌 双11返场补货',
    shop: '城市轻装旗舰店',
    category: ['服饰内衣', '男装', '卫衣'],
    price: 299,
    listPrice: 499,
    skus: [
      { skuId: '100038004353', props: { 颜色: '黑色', 尺码: 'S' }, price: 299, stock: 12 },
      { skuId: '100038004354', props: { 颜色: '黑色', 尺码: 'M' }, price: 299, stock: 0 },
      { skuId: '100038004355', props: { 颜色: '黑色', 尺码: 'L' }, price: 299, stock: 0 },
      { skuId: '100038004356', props: { 颜色: '黑色', 尺码: 'XXL' }, price: 299, stock: 7 },
    ],
    params: [
      ['材质', '棉75% 聚酯纤维25%'],
      ['上市时间', `${shanghaiYear(now)}年秋季`],
    ],
    promotions: ['满200减20'],
    badges: [],
    returnPolicy: '支持7天无理由退货',
  };
}

export function faceCream(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'jd',
    itemId: '100052117832',
    title: '修护保湿面霜 50g 敏感肌可用',
    shop: '肌本护肤京东自营旗舰店',
    category: ['美妆护肤', '面部护肤', '面霜'],
    price: 359,
    listPrice: 599,
    skus: [{ skuId: '100052117832', props: { 规格: '50g' }, price: 359, stock: 86 }],
    params: [
      ['保质期', '36个月'],
      ['生产日期', shanghaiDateBefore(now, 1035)],
      ['净含量', '50g'],
    ],
    promotions: ['每满300减40'],
    badges: ['仅剩3件', '返场价24小时后恢复'],
    returnPolicy: '不支持7天无理由退货',
  };
}

/**
 * A Tmall serum whose buy box says "仅剩3件" while its own SKU data holds 86 and 124: the
 * manufactured urgency the returns-marketing article recommends and the shopper's guide warns of.
 */
export function tmallSerum(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'tmall',
    itemId: '41238709188',
    title: '修护保湿精华液 敏感肌 舒缓维稳 返场加补',
    shop: '肌本护肤天猫旗舰店',
    category: ['美妆护肤', '面部护理', '精华'],
    price: 259,
    listPrice: 399,
    skus: [
      { skuId: '5012876601', props: { 净含量: '30ml' }, price: 259, stock: 86 },
      { skuId: '5012876602', props: { 净含量: '50ml' }, price: 369, stock: 124 },
    ],
    params: [
      ['品牌', '肌本'],
      ['保质期', '3年'],
      ['生产日期', shanghaiDateBefore(now, 168)],
      ['功效', '保湿 舒缓'],
    ],
    promotions: ['跨店每满300减50'],
    badges: ['仅剩3件'],
    returnPolicy: '7天无理由退货（已拆封不支持）',
  };
}

/** A Tmall wool coat in four sizes, M sold out: price and stock changes, cart adds and restock watches. */
export function tmallCoat(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'tmall',
    itemId: '652318870012',
    title: '双面羊毛大衣女 中长款 冬季新款 双11返场',
    shop: '织里女装天猫旗舰店',
    category: ['女装', '毛呢外套'],
    price: 899,
    listPrice: 1599,
    skus: [
      { skuId: '5233100101', props: { 颜色分类: '驼色', 尺码: 'S' }, price: 899, stock: 15 },
      { skuId: '5233100102', props: { 颜色分类: '驼色', 尺码: 'M' }, price: 899, stock: 0 },
      { skuId: '5233100103', props: { 颜色分类: '驼色', 尺码: 'L' }, price: 899, stock: 8 },
      { skuId: '5233100104', props: { 颜色分类: '驼色', 尺码: 'XL' }, price: 929, stock: 21 },
    ],
    params: [
      ['面料', '绵羊毛90% 聚酰胺纤维10%'],
      ['上市时间', `${shanghaiYear(now) - 1}年冬季`],
    ],
    promotions: ['满800减80'],
    badges: [],
    returnPolicy: '7天无理由退货',
  };
}

/** A Taobao T-shirt in two colours and three sizes. */
export function taobaoTee(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'taobao',
    itemId: '738291045600',
    title: '重磅纯棉短袖T恤男 宽松圆领打底衫 夏季返场',
    shop: '松间原创男装店',
    category: ['男装', 'T恤'],
    price: 79,
    listPrice: 129,
    skus: [
      { skuId: '5131772200001', props: { 颜色分类: '黑色', 尺码: 'M' }, price: 79, stock: 32 },
      { skuId: '5131772200002', props: { 颜色分类: '黑色', 尺码: 'L' }, price: 79, stock: 0 },
      { skuId: '5131772200003', props: { 颜色分类: '黑色', 尺码: 'XL' }, price: 89, stock: 14 },
      { skuId: '5131772200004', props: { 颜色分类: '白色', 尺码: 'M' }, price: 79, stock: 27 },
      { skuId: '5131772200005', props: { 颜色分类: '白色', 尺码: 'L' }, price: 79, stock: 19 },
      { skuId: '5131772200006', props: { 颜色分类: '白色', 尺码: 'XL' }, price: 89, stock: 0 },
    ],
    params: [
      ['面料', '纯棉'],
      ['上市时间', `${shanghaiYear(now)}年夏季`],
    ],
    promotions: ['满200减20'],
    badges: [],
    returnPolicy: '7天无理由退货',
  };
}

/** Pinduoduo dried jujubes in two pack sizes, the larger one sold out. */
export function pinduoduoJujubes(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'pinduoduo',
    itemId: '498765432188',
    title: '新疆若羌灰枣 一级 零食干果',
    shop: '天山果园',
    category: ['食品', '坚果炒货', '红枣'],
    price: 19.9,
    listPrice: 59.9,
    skus: [
      { skuId: '88120101', props: { 规格: '500g*2袋' }, price: 19.9, stock: 120 },
      { skuId: '88120102', props: { 规格: '500g*4袋' }, price: 34.9, stock: 0 },
    ],
    params: [
      ['保质期', '12个月'],
      ['生产日期', shanghaiDateBefore(now, 32)],
      ['产地', '新疆'],
    ],
    promotions: ['满2件9折'],
    badges: ['距结束 05:12:33'],
    returnPolicy: '7天无理由退货',
  };
}
