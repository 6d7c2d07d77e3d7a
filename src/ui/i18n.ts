/**
 * UI strings in Chinese (default) and English. Kept as typed data rather than `browser.i18n`
 * because the shopper can switch the language in the options, which `browser.i18n` cannot.
 */
const zh = {
  appName: '返场雷达',
  loading: '正在读取…',
  noProductTitle: '这里不是商品页',
  noProductBody: '打开京东、淘宝、天猫或拼多多的商品页，返场雷达会记下价格并提示陷阱。',
  notSeenYet: '还没有读到这个商品。请刷新页面再打开。',
  currentPrice: '现价',
  listPrice: '划线价',
  priceHistory: '价格记录',
  seenOn: '记录时间',
  price: '价格',
  unknown: '未知',
  errorTitle: '出错了',
};
export type MessageKey = keyof typeof zh;
const en: Record<MessageKey, string> = {
  appName: 'Fanchang Radar',
  loading: 'Loading…',
  noProductTitle: 'Not a product page',
  noProductBody: 'Open a product page on JD, Taobao, Tmall or Pinduoduo: Fanchang Radar records its price and flags the traps.',
  notSeenYet: 'This product has not been read yet. Reload the page, then open this again.',
  currentPrice: 'Price now',
  listPrice: 'List price',
  priceHistory: 'Price history',
  seenOn: 'Seen',
  price: 'Price',
  unknown: 'unknown',
  errorTitle: 'Something went wrong',
};

export type Lang = 'zh' | 'en';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function detectLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('zh') || !first ? 'zh' : 'en';
}

export function translator(lang: Lang): (key: MessageKey) => string {
  return (key) => dictionaries[lang][key];
}
