import { SITE_HOSTS } from '../core/hosts';
import { makeAlibabaAdapter } from './alibaba';

/** Taobao (item.taobao.com): the current ICE page and the legacy `Hub.config` page. */
export const taobaoAdapter = makeAlibabaAdapter(
  'taobao',
  SITE_HOSTS.taobao.product,
  // The H5 mobile page (h5.m.taobao.com) shows its price in .module-price.
  '#J_StrPrice .tb-rmb-num, [class^="Price--priceText--"], [class*=" Price--priceText--"], .module-price .price',
);
