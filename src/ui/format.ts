export function formatMoney(amount: number | null, currency = 'CNY'): string {
  if (amount === null) return '—';
  const symbol = currency === 'CNY' ? '¥' : `${currency} `;
  return `${symbol}${amount.toFixed(2).replace(/\.00$/, '')}`;
}

export function formatDateTime(iso: string, lang: 'zh' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
