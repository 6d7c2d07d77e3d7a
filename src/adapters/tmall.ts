import { SITE_HOSTS } from '../core/hosts';
import { makeAlibabaAdapter } from './alibaba';

/** Tmall (detail.tmall.com and its chaoshi/hk/mobile hosts): the current ICE page and legacy `TShop.Setup`. */
export const tmallAdapter = makeAlibabaAdapter(
  'tmall',
  SITE_HOSTS.tmall.product,
  // The H5 mobile page (detail.m.tmall.com) shows its price in .module-price.
  '#J_StrPriceModBox .tm-price, [class^="Price--priceText--"], [class*=" Price--priceText--"], .module-price .price',
);
