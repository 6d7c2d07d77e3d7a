import { parseDate } from '../parse';
import { shanghaiDate } from '../promo';
import { say } from './text';
import { trap } from './trap';
import type { Rule } from './types';

/** Whole months from a YYYY-MM-DD date to another. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The last day of a YYYY-MM month, or the date itself when the day is given. */
function latestDay(date: string): string {
  if (date.length === 10) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Electronics released over a year ago (seed guide: 家电是老款, 如去年的手机型号). */
export const oldModel: Rule = ({ snapshot, now, thresholds, lang }) => {
  if (snapshot.category !== 'electronics' || !snapshot.signals.releasedOn) return null;
  const released = parseDate(snapshot.signals.releasedOn);
  if (!released) return null;
  // A month-precision date is read at the month's end: the model is at least this old.
  const months = monthsBetween(latestDay(released), shanghaiDate(now));
  if (months <= thresholds.oldModelMonths) return null;
  return trap(
    'old-model',
    'warn',
    say(lang, '老款', 'Older model'),
    say(
      lang,
      `上市时间 ${snapshot.signals.releasedOn}，已经 ${months} 个月了。返场清的常是老款：比比新款的价格和配置再决定。`,
      `Released ${snapshot.signals.releasedOn}, ${months} months ago. 返场 often clears old models: compare with the current model first.`,
    ),
    { releasedOn: snapshot.signals.releasedOn, monthsSinceRelease: months, limitMonths: thresholds.oldModelMonths },
  );
};
