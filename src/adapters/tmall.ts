import { SITE_HOSTS } from '../core/hosts';
import { makeAlibabaAdapter } from './alibaba';

/** Tmall (detail.tmall.com and its chaoshi/hk/mobile hosts): the current ICE page and legacy `TShop.Setup`. */
export const tmallAdapter = makeAlibabaAdapter(
  'tmall',
  SITE_HOSTS.tmall.product,
  '#J_StrPriceModBox .tm-price, [class^="Price--priceText--"], [class*=" Price--priceText--"]',
);
