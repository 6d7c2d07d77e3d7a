import { RETURN_REFUSAL, SERIOUS_DEFECT } from './return-words';
import { list, say } from './text';
import { trap } from './trap';
import type { Rule } from './types';

/**
 * Defective or cleared-out stock sold off as 返场 (seed guide: 别买临期/残次品). Flaws named outright
 * (瑕疵, 残次) are a danger; clearance words alone (清仓) a warning.
 */
export const defectGoods: Rule = ({ snapshot, lang }) => {
  const words = snapshot.signals.defectWords.filter((w) => !RETURN_REFUSAL.test(w));
  if (words.length === 0) return null;
  const serious = words.some((w) => SERIOUS_DEFECT.test(w));
  return trap(
    'defect-goods',
    serious ? 'danger' : 'warn',
    serious ? say(lang, '瑕疵/残次品', 'Defective goods') : say(lang, '清仓货', 'Clearance stock'),
    serious
      ? say(
          lang,
          `页面写着：${list(lang, words)}。返场别买残次品，问清瑕疵在哪、能不能退。`,
          `The page says: ${list(lang, words)}. Find out what the flaw is and whether it can be returned before buying.`,
        )
      : say(
          lang,
          `页面写着：${list(lang, words)}。清仓货常是断码或老款，看清规格和售后。`,
          `The page says: ${list(lang, words)}. Clearance stock is often odd sizes or old models; check the details and the return terms.`,
        ),
    { pageSays: words.join(', '), wordCount: words.length },
  );
};
