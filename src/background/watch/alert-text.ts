/**
 * The words of each alert, Chinese or English by the shopper's language setting. Every alert says
 * what happened with its numbers: the size, the price before and now, the promo price.
 */
import { formatMoney } from '../../core/money';
import type { Lang } from '../../core/lang';
import type { Site } from '../../core/types';
import type { BlockReason } from './host-health';

export type AlertFacts =
  | {
      kind: 'restock';
      productTitle: string | null;
      sizeLabel: string | null;
      priceNow: number | null;
      priceThen: number | null;
      /** The product's currency, so the alert writes its prices as the popup does. */
      currency: string;
    }
  | {
      kind: 'price';
      currency: string;
      productTitle: string | null;
      sizeLabel: string | null;
      priceNow: number;
      priceThen: number | null;
      targetPrice: number;
    }
  | {
      kind: 'fanchang';
      currency: string;
      productTitle: string | null;
      sizeLabel: string | null;
      eventName: string;
      eventNameEn: string;
      phase: 'platform-fanchang' | 'store-fanchang';
      /** Platform 返场: day N of 3. */
      day: number | null;
      cartPrice: number | null;
      priceNow: number | null;
    }
  | { kind: 'host-blocked'; site: Site | null; host: string; reason: BlockReason }
  | {
      kind: 'price-protect';
      productTitle: string | null;
      site: Site;
      /** (paid − now) × quantity. */
      amount: number;
      paid: number;
      priceNow: number;
      quantity: number;
      /** The claim deadline (window end), ISO. */
      endsAt: string;
      /** True for the reminder before the deadline, false for the first alert. */
      reminder: boolean;
    };

export interface AlertText {
  title: string;
  message: string;
}

const SITE_NAMES: Record<Site, { zh: string; en: string }> = {
  jd: { zh: '京东', en: 'JD' },
  taobao: { zh: '淘宝', en: 'Taobao' },
  tmall: { zh: '天猫', en: 'Tmall' },
  pinduoduo: { zh: '拼多多', en: 'Pinduoduo' },
  'schema-org': { zh: '网店', en: 'the shop' },
};

const TITLE_CHARS = 24;

function shorten(title: string | null, lang: Lang): string {
  const t = (title ?? '').trim();
  if (!t) return lang === 'zh' ? '关注的商品' : 'a watched item';
  return t.length > TITLE_CHARS ? `${t.slice(0, TITLE_CHARS - 1)}…` : t;
}

function sizePart(size: string | null, lang: Lang): string {
  if (!size) return '';
  return lang === 'zh' ? `${size} ` : `size ${size} `;
}

export function composeAlert(facts: AlertFacts, lang: Lang, timeZone?: string): AlertText {
  if (facts.kind === 'price-protect') return composeProtect(facts, lang, timeZone);
  return lang === 'zh' ? composeZh(facts) : composeEn(facts);
}

/** The claim deadline as the shopper reads it: month, day and time in their zone. */
export function deadlineText(endsAt: string, lang: Lang, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone,
    month: lang === 'zh' ? 'numeric' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(endsAt));
}

function composeProtect(f: Extract<AlertFacts, { kind: 'price-protect' }>, lang: Lang, timeZone?: string): AlertText {
  const deadline = deadlineText(f.endsAt, lang, timeZone);
  const site = SITE_NAMES[f.site];
  if (lang === 'zh') {
    const each = f.quantity > 1 ? ` × ${f.quantity} 件` : '';
    return {
      title: `${f.reminder ? '价保快到期' : '价保'}：可退 ${formatMoney(f.amount, 'CNY')}`,
      message: `${shorten(f.productTitle, 'zh')} 买时 ${formatMoney(f.paid, 'CNY')}，现价 ${formatMoney(f.priceNow, 'CNY')}${each}。${deadline} 前在${site.zh}申请价保。点击打开申请页。`,
    };
  }
  const each = f.quantity > 1 ? ` × ${f.quantity}` : '';
  return {
    title: `${f.reminder ? 'Price protection ends soon' : 'Price protection'}: claim ${formatMoney(f.amount, 'CNY')}`,
    message: `${shorten(f.productTitle, 'en')} paid ${formatMoney(f.paid, 'CNY')}, now ${formatMoney(f.priceNow, 'CNY')}${each}. Claim on ${site.en} by ${deadline}. Click to open the claim page.`,
  };
}

function composeZh(f: Exclude<AlertFacts, { kind: 'price-protect' }>): AlertText {
  switch (f.kind) {
    case 'restock': {
      const now = f.priceNow !== null ? `现价 ${formatMoney(f.priceNow, f.currency)}` : '价格未读到';
      const then =
        f.priceThen !== null && f.priceNow !== null && f.priceThen !== f.priceNow
          ? `（缺货前 ${formatMoney(f.priceThen, f.currency)}）`
          : '';
      return {
        title: `到货了：${shorten(f.productTitle, 'zh')}`,
        message: `${f.sizeLabel ? `${f.sizeLabel} 码` : '商品'}有货了，${now}${then}。点击打开商品页。`,
      };
    }
    case 'price': {
      const relation = f.priceNow < f.targetPrice - 0.005 ? '低于大促价' : '回到大促价';
      const then = f.priceThen !== null ? `，之前 ${formatMoney(f.priceThen, f.currency)}` : '';
      return {
        title: `${relation}：${shorten(f.productTitle, 'zh')}`,
        message: `${sizePart(f.sizeLabel, 'zh')}现价 ${formatMoney(f.priceNow, f.currency)}${then}（大促价 ${formatMoney(f.targetPrice, f.currency)}）。点击打开商品页。`,
      };
    }
    case 'fanchang': {
      const phase = f.phase === 'platform-fanchang' ? `平台返场${f.day ? `第${f.day}天` : ''}` : '店铺返场';
      const prices = [
        f.cartPrice !== null ? `加购价 ${formatMoney(f.cartPrice, f.currency)}` : null,
        f.priceNow !== null ? `现价 ${formatMoney(f.priceNow, f.currency)}` : null,
      ]
        .filter(Boolean)
        .join('，');
      return {
        title: `${f.eventName}${phase}开始了`,
        message: `购物车里的 ${shorten(f.productTitle, 'zh')} ${sizePart(f.sizeLabel, 'zh')}${prices ? `：${prices}` : ''}。点击打开商品页。`,
      };
    }
    case 'host-blocked': {
      const site = f.site ? SITE_NAMES[f.site].zh : f.host;
      const why = f.reason === 'login' ? '要求登录' : '要求验证（安全检查）';
      return {
        title: `请打开一次${site}页面`,
        message: `${site}${why}，已暂停对 ${f.host} 的后台检查。点击打开页面完成后，检查会自动恢复。`,
      };
    }
  }
}

function composeEn(f: Exclude<AlertFacts, { kind: 'price-protect' }>): AlertText {
  switch (f.kind) {
    case 'restock': {
      const now = f.priceNow !== null ? `now ${formatMoney(f.priceNow, f.currency)}` : 'price not read';
      const then =
        f.priceThen !== null && f.priceNow !== null && f.priceThen !== f.priceNow
          ? ` (was ${formatMoney(f.priceThen, f.currency)} before it sold out)`
          : '';
      return {
        title: `Back in stock: ${shorten(f.productTitle, 'en')}`,
        message: `${f.sizeLabel ? `Size ${f.sizeLabel}` : 'The item'} is available again, ${now}${then}. Click to open the product page.`,
      };
    }
    case 'price': {
      const relation = f.priceNow < f.targetPrice - 0.005 ? 'Below the promo price' : 'Back to the promo price';
      const then = f.priceThen !== null ? `, was ${formatMoney(f.priceThen, f.currency)}` : '';
      return {
        title: `${relation}: ${shorten(f.productTitle, 'en')}`,
        message: `${sizePart(f.sizeLabel, 'en')}now ${formatMoney(f.priceNow, f.currency)}${then} (promo price ${formatMoney(f.targetPrice, f.currency)}). Click to open the product page.`,
      };
    }
    case 'fanchang': {
      const phase = f.phase === 'platform-fanchang' ? `platform re-run${f.day ? ` (day ${f.day})` : ''}` : 'store re-run';
      const prices = [
        f.cartPrice !== null ? `added to cart at ${formatMoney(f.cartPrice, f.currency)}` : null,
        f.priceNow !== null ? `now ${formatMoney(f.priceNow, f.currency)}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      return {
        title: `${f.eventNameEn} ${phase} has started`,
        message: `${shorten(f.productTitle, 'en')} ${sizePart(f.sizeLabel, 'en')}in your cart${prices ? `: ${prices}` : ''}. Click to open the product page.`,
      };
    }
    case 'host-blocked': {
      const site = f.site ? SITE_NAMES[f.site].en : f.host;
      const why = f.reason === 'login' ? 'asks you to log in' : 'asks for a security check';
      return {
        title: `Please open a ${site} page once`,
        message: `${site} ${why}, so background checks of ${f.host} are paused. Click to open the page; checks resume once it loads.`,
      };
    }
  }
}

/** The note a held alert gets when quiet hours end: when the change was found. */
export function heldNote(foundAt: Date, lang: Lang, timeZone?: string): string {
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(foundAt);
  return lang === 'zh' ? `（${time} 发现，免打扰时段后送达）` : ` (found at ${time}, held through quiet hours)`;
}
