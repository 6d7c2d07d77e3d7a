import type { LiveProduct } from './types';

/**
 * The demo and end-to-end catalogue: products modelled on the shopper's guide's own examples.
 * Each call returns fresh objects, so a test that changes a price cannot leak into another.
 */
export function hoodie(): LiveProduct {
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
      ['上市时间', '2026年秋季'],
    ],
    promotions: ['满200减20'],
    badges: [],
    returnPolicy: '支持7天无理由退货',
  };
}

export function faceCream(): LiveProduct {
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
      ['生产日期', '2024-02-10'],
      ['净含量', '50g'],
    ],
    promotions: ['每满300减40'],
    badges: ['仅剩3件', '返场价24小时后恢复'],
    returnPolicy: '不支持7天无理由退货',
  };
}
