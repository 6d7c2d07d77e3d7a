import { shanghaiDayNumber } from '../promo';
import { calendarDayNumber, estimateExpiry, type ExpiryEstimate } from './expiry-date';
import { say, shelfLifeLabel } from './text';
import { trap } from './trap';
import type { Lang, Rule } from './types';

const CATEGORY_NAME = { food: ['食品', 'food'], cosmetics: ['美妆护肤品', 'cosmetics'] } as const;

/** The 临期 band for a shelf life: the last N days in which the product counts as 临期, or null. */
export function lingqiBandDays(
  shelfLifeDays: number | null,
  bands: ReadonlyArray<{ minShelfLifeDays: number; days: number }>,
): number | null {
  if (shelfLifeDays === null) return null;
  const band = [...bands].sort((a, b) => b.minShelfLifeDays - a.minShelfLifeDays).find((b) => shelfLifeDays >= b.minShelfLifeDays);
  return band?.days ?? null;
}

function caveats(lang: Lang, estimate: ExpiryEstimate): string {
  const notes: string[] = [];
  if (estimate.monthPrecision)
    notes.push(
      say(lang, '页面日期只写到月份，按当月最后一天计算。', 'The page gives only the month; the last day of that month was used.'),
    );
  if (estimate.productionRange)
    notes.push(say(lang, '生产日期是一个范围，按最早的批次计算。', 'The production date is a range; the earliest batch was used.'));
  return notes.length > 0 ? ` ${notes.join(' ')}` : '';
}

/** Food with under 30 days left, cosmetics under 90 (seed guide), and the 临期 band by shelf life. */
export const nearExpiry: Rule = ({ snapshot, now, thresholds, lang }) => {
  const category = snapshot.category;
  if (category !== 'food' && category !== 'cosmetics') return null;
  const estimate = estimateExpiry(snapshot.expiry);
  if (!estimate) return null;

  const daysLeft = calendarDayNumber(estimate.expiresOn) - shanghaiDayNumber(now);
  const limitDays = thresholds.nearExpiryDays[category];
  const bandDays = lingqiBandDays(estimate.shelfLifeDays, thresholds.lingqiBands);
  const belowLimit = daysLeft < limitDays;
  const inBand = bandDays !== null && daysLeft < bandDays;
  if (!belowLimit && !inBand) return null;

  const [zhName, enName] = CATEGORY_NAME[category];
  const evidence = {
    expiresOn: estimate.expiresOn,
    daysLeft,
    limitDays,
    category,
    basis: estimate.basis,
    shelfLifeDays: estimate.shelfLifeDays ?? undefined,
    lingqiBandDays: bandDays ?? undefined,
    datePrecision: estimate.monthPrecision ? 'month' : undefined,
    productionDate: estimate.productionRange ? 'range, earliest used' : undefined,
  };

  const life = snapshot.expiry?.shelfLife;
  const band =
    bandDays !== null && inBand && life
      ? say(
          lang,
          ` 保质期 ${shelfLifeLabel(lang, life)} 的商品，最后 ${bandDays} 天属于临期。`,
          ` With a shelf life of ${shelfLifeLabel(lang, life)}, the last ${bandDays} days are its 临期 (near-expiry) period.`,
        )
      : '';
  const tail = caveats(lang, estimate);

  if (daysLeft < 0) {
    return trap(
      'near-expiry',
      'danger',
      say(lang, '已过期', 'Expired'),
      say(
        lang,
        `已过期 ${-daysLeft} 天（保质期至 ${estimate.expiresOn}）。别买。`,
        `Expired ${-daysLeft} days ago (use by ${estimate.expiresOn}). Do not buy.`,
      ) + tail,
      evidence,
    );
  }
  if (belowLimit) {
    return trap(
      'near-expiry',
      'danger',
      say(lang, '临期商品', 'Near expiry'),
      say(
        lang,
        `距过期只剩 ${daysLeft} 天（${estimate.expiresOn}），不到${zhName} ${limitDays} 天的底线：除非能很快用完，就算便宜也别买。`,
        `Only ${daysLeft} days left (until ${estimate.expiresOn}), under the ${limitDays}-day floor for ${enName}: unless you will use it up quickly, skip it even if it is cheap.`,
      ) +
        band +
        tail,
      evidence,
    );
  }
  return trap(
    'near-expiry',
    'warn',
    say(lang, '已进入临期', 'In its near-expiry period'),
    say(lang, `距过期还有 ${daysLeft} 天（${estimate.expiresOn}）。`, `${daysLeft} days left (until ${estimate.expiresOn}).`) + band + tail,
    evidence,
  );
};
