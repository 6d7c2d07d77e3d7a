import { estimateExpiry } from './expiry-date';
import { say, shelfLifeLabel } from './text';
import { trap } from './trap';
import type { Rule } from './types';

/** Food or cosmetics whose page gives no way to tell when it expires (seed guide: 看清保质期). */
export const expiryUnknown: Rule = ({ snapshot, lang }) => {
  if (snapshot.category !== 'food' && snapshot.category !== 'cosmetics') return null;
  if (estimateExpiry(snapshot.expiry) !== null) return null;
  const life = snapshot.expiry?.shelfLife;
  const evidence = {
    category: snapshot.category,
    expiryDate: 'not on page',
    productionDate: snapshot.expiry?.producedFrom ?? 'not on page',
    shelfLife: life ? `${life.value} ${life.unit}` : undefined,
  };
  const known = life
    ? say(
        lang,
        `页面只写了保质期 ${shelfLifeLabel(lang, life)}，没有生产日期或到期日。`,
        `The page states a shelf life of ${shelfLifeLabel(lang, life)} but no production or expiry date.`,
      )
    : say(lang, '页面没有写生产日期或到期日。', 'The page states no production or expiry date.');
  return trap(
    'expiry-unknown',
    'warn',
    say(lang, '保质期不明', 'Expiry date unknown'),
    known +
      say(
        lang,
        ' 返场货可能是临期库存：下单前问清楚生产日期。',
        ' 返场 stock can be near its date: ask the shop for the production date before buying.',
      ),
    evidence,
  );
};
