import { makeAlibabaAdapter } from './alibaba';

/** Tmall (detail.tmall.com and its chaoshi/hk/mobile hosts): the current ICE page and legacy `TShop.Setup`. */
export const tmallAdapter = makeAlibabaAdapter(
  'tmall',
  ['detail.tmall.com', 'detail.m.tmall.com', 'chaoshi.detail.tmall.com', 'detail.tmall.hk'],
  '#J_StrPriceModBox .tm-price, [class^="Price--priceText--"], [class*=" Price--priceText--"]',
);
