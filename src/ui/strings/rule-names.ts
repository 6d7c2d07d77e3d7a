import type { TrapId } from '../../core/types';

/** What each rule checks, in words, for the "could not judge" lines (the rules' titles name findings). */
export const RULE_NAMES: Readonly<Record<TrapId, { zh: string; en: string }>> = {
  'near-expiry': { zh: '是否临期', en: 'Near expiry' },
  'expiry-unknown': { zh: '保质期', en: 'Shelf life' },
  'size-run': { zh: '你的尺码是否断码', en: 'Your size in stock' },
  'same-as-promo-price': { zh: '和大促价比', en: 'Against the promo price' },
  'above-promo-price': { zh: '和大促价比', en: 'Against the promo price' },
  'below-promo-price': { zh: '和大促价比', en: 'Against the promo price' },
  'weak-discount': { zh: '返场折扣', en: 'Re-run discount' },
  'inflated-list-price': { zh: '划线价是否虚高', en: 'Inflated list price' },
  'fake-scarcity': { zh: '库存紧张是否属实', en: 'Low-stock claim' },
  'fake-countdown': { zh: '倒计时是否属实', en: 'Countdown' },
  'no-returns': { zh: '能否七天无理由退货', en: '7-day returns' },
  'defect-goods': { zh: '是否瑕疵品', en: 'Defective goods' },
  hoarding: { zh: '是否囤多了', en: 'Hoarding' },
  'threshold-filler': { zh: '凑单满减', en: 'Spend-threshold filler' },
  'old-model': { zh: '是否老款', en: 'Old model' },
  'social-proof': { zh: '“别人都买了”是否属实', en: '"Others bought it" claim' },
  'upsell-pressure': { zh: '加购推销', en: 'Upsell pressure' },
  'price-protect': { zh: '价保', en: 'Price protection' },
};
