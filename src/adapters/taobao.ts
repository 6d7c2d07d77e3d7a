import { makeAlibabaAdapter } from './alibaba';

/** Taobao (item.taobao.com): the current ICE page and the legacy `Hub.config` page. */
export const taobaoAdapter = makeAlibabaAdapter(
  'taobao',
  ['item.taobao.com', 'h5.m.taobao.com', 'main.m.taobao.com'],
  '#J_StrPrice .tb-rmb-num, [class^="Price--priceText--"], [class*=" Price--priceText--"]',
);
