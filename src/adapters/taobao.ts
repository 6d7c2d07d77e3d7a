import { SITE_HOSTS } from '../core/hosts';
import { makeAlibabaAdapter } from './alibaba';

/** Taobao (item.taobao.com): the current ICE page and the legacy `Hub.config` page. */
export const taobaoAdapter = makeAlibabaAdapter(
  'taobao',
  SITE_HOSTS.taobao.product,
  '#J_StrPrice .tb-rmb-num, [class^="Price--priceText--"], [class*=" Price--priceText--"]',
);
