import { RETURN_REFUSAL } from './return-words';
import { list, say } from './text';
import { trap } from './trap';
import type { Rule } from './types';

/** 不支持7天无理由退货, or a page that says it takes nothing back (seed guide: 看清售后政策). */
export const noReturns: Rule = ({ snapshot, lang }) => {
  const refusals = snapshot.signals.defectWords.filter((w) => RETURN_REFUSAL.test(w));
  const noSevenDay = snapshot.signals.returnPolicy === 'no-7day';
  if (!noSevenDay && refusals.length === 0) return null;
  const said = [...(noSevenDay ? ['不支持7天无理由退货'] : []), ...refusals];
  return trap(
    'no-returns',
    'warn',
    say(lang, '不能退货', 'No returns'),
    say(
      lang,
      `页面写着：${list(lang, said)}。买错尺码或不满意都退不了，下单前想清楚。`,
      `The page says: ${list(lang, said)} (no returns). A wrong size or a disappointment cannot be sent back.`,
    ),
    { returnPolicy: noSevenDay ? 'no-7day' : undefined, pageSays: said.join(', ') },
  );
};
