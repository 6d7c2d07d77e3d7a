/**
 * Labels for the evidence keys the trap rules report, in both languages. A key missing here is
 * shown as words made from the key itself, so a new rule is never hidden.
 */
export const EVIDENCE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  price: { zh: '现价', en: 'Price now' },
  currentPrice: { zh: '现价', en: 'Price now' },
  listPrice: { zh: '划线价', en: 'List price' },
  promoPrice: { zh: '大促价', en: 'Promo price' },
  promoEvent: { zh: '大促', en: 'Promo' },
  cartPrice: { zh: '加购价', en: 'Price at cart add' },
  prepromoLow: { zh: '大促前7天最低价', en: '7-day pre-promo low' },
  priorLow: { zh: '此前最低价', en: 'Earlier low' },
  difference: { zh: '差价', en: 'Difference' },
  discountPercent: { zh: '折扣', en: 'Discount' },
  daysLeft: { zh: '剩余天数', en: 'Days left' },
  expiresOn: { zh: '到期日', en: 'Expires on' },
  producedOn: { zh: '生产日期', en: 'Produced on' },
  shelfLife: { zh: '保质期', en: 'Shelf life' },
  mySize: { zh: '你的尺码', en: 'Your size' },
  sizesLeft: { zh: '剩下的尺码', en: 'Sizes left' },
  lowStockText: { zh: '页面说', en: 'The page says' },
  countdownText: { zh: '倒计时', en: 'Countdown' },
  stock: { zh: '实际库存', en: 'Actual stock' },
  quantity: { zh: '数量', en: 'Quantity' },
  months: { zh: '可用月数', en: 'Months of use' },
  threshold: { zh: '门槛', en: 'Threshold' },
  discount: { zh: '减', en: 'Off' },
  releasedOn: { zh: '上市时间', en: 'Released' },
  monthsSinceRelease: { zh: '上市月数', en: 'Months since release' },
  words: { zh: '页面用词', en: 'Words on the page' },
};
