export interface ParsedPrice {
  amount: number;
  currency: string;
  max?: number;
}

/** First cut: plain yuan amounts and ranges. Extended by the parsers issue. */
export function parsePrice(text: string | null | undefined): ParsedPrice | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (/已售|已拼|人付款|件$|待定/.test(t)) return null;
  const nums = [...t.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  const first = nums[0];
  if (first === undefined || !Number.isFinite(first)) return null;
  const second = nums[1];
  const isRange = second !== undefined && /\d\s*[-~–—至]\s*[¥￥]?\s*\d/.test(t);
  return isRange ? { amount: first, currency: 'CNY', max: second } : { amount: first, currency: 'CNY' };
}
