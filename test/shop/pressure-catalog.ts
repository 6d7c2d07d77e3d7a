import { shanghaiDateBefore, TEST_NOW } from '../clock';
import type { LiveProduct } from './types';

/**
 * Products written in the style of the returns article (../shared/reference/returns-marketing.txt,
 * issue 17): an upgrade pushed beside a carted lipstick with "87%的用户换购了", the same 87% on
 * unrelated products of other shops, and an "exclusive offer" that is always about to expire.
 */
const CLAIM = '87%的用户换购了';

export function upgradeLipstick(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'jd',
    itemId: '100090170017',
    title: '丝绒哑光口红 3.5g 显白不拔干',
    shop: '绯色彩妆京东自营旗舰店',
    category: ['美妆护肤', '彩妆', '口红'],
    price: 199,
    listPrice: 299,
    skus: [{ skuId: '100090170017', props: { 色号: '#999' }, price: 199, stock: 240 }],
    params: [
      ['保质期', '36个月'],
      ['生产日期', shanghaiDateBefore(now, 120)],
      ['净含量', '3.5g'],
    ],
    promotions: ['满200减20'],
    badges: [`同款升级 丝绒哑光口红 Pro版 ¥229 ${CLAIM} 明星同款`],
    returnPolicy: '支持7天无理由退货',
  };
}

/** Two unrelated products, in other shops, that show the very same figure. */
export function templateClaimPages(): LiveProduct[] {
  const base = { site: 'jd' as const, listPrice: null, params: [], promotions: [], returnPolicy: '支持7天无理由退货' };
  return [
    {
      ...base,
      itemId: '100090170021',
      title: '磨砂手机壳 全包防摔',
      shop: '壳界数码专营店',
      category: ['手机通讯', '手机配件', '手机壳'],
      price: 29,
      skus: [{ skuId: '100090170021', props: { 颜色: '黑色' }, price: 29, stock: 500 }],
      badges: [CLAIM],
    },
    {
      ...base,
      itemId: '100090170022',
      title: '纯棉加厚浴巾 70x140cm',
      shop: '棉舍家居旗舰店',
      category: ['家居日用', '浴室用品', '浴巾'],
      price: 59,
      skus: [{ skuId: '100090170022', props: { 颜色: '米白' }, price: 59, stock: 300 }],
      badges: [CLAIM],
    },
  ];
}

/** The article's 48-hour follow-up: "为您保留的专属优惠即将失效" (满399-100券), still there days later. */
export function exclusiveOfferCream(now: Date | string = TEST_NOW): LiveProduct {
  return {
    site: 'jd',
    itemId: '100090170019',
    title: '修护保湿面霜 50g 敏感肌可用',
    shop: '肌本护肤京东自营旗舰店',
    category: ['美妆护肤', '面部护肤', '面霜'],
    price: 359,
    listPrice: 599,
    skus: [{ skuId: '100090170019', props: { 规格: '50g' }, price: 359, stock: 86 }],
    params: [
      ['保质期', '36个月'],
      ['生产日期', shanghaiDateBefore(now, 90)],
    ],
    promotions: ['满399减100'],
    badges: ['为您保留的专属优惠即将失效'],
    returnPolicy: '支持7天无理由退货',
  };
}

/** The honest look-alikes: the platform's sales figure, a review count and a sale deadline that holds. */
export function honestLipstick(now: Date | string = TEST_NOW): LiveProduct {
  return {
    ...upgradeLipstick(now),
    itemId: '100090170018',
    shop: '素色彩妆旗舰店',
    skus: [{ skuId: '100090170018', props: { 色号: '#101' }, price: 199, stock: 240 }],
    badges: ['已售 2000+', '累计评价 2万+', '距结束 10:00:00'],
  };
}
