import type { Trap, Verdict, VerdictKind } from '../core/types';
import type { PhaseAt } from '../promo';
import { say } from './text';
import type { Lang } from './types';

export type { Verdict, VerdictKind } from '../core/types';

const LABELS: Record<VerdictKind, [string, string]> = {
  'buy-now': ['现在买', 'Buy now'],
  'fine-to-wait': ['可以等', 'Fine to wait'],
  skip: ['别买', 'Skip'],
};

/** Traps that say waiting costs nothing: the price or the urgency is not what it seems. */
const NO_RUSH = new Set<Trap['id']>([
  'same-as-promo-price',
  'above-promo-price',
  'weak-discount',
  'inflated-list-price',
  'fake-scarcity',
  'fake-countdown',
]);

function timingOf(phase: PhaseAt, lang: Lang): Verdict['timing'] {
  if (!phase.event || phase.phase === 'none') return null;
  const e = phase.event;
  const event = say(lang, e.name, e.nameEn);
  switch (phase.phase) {
    case 'pre-sale':
      return {
        phase: phase.phase,
        event,
        advice: say(
          lang,
          `${e.name}预售中：定金锁价，主售开始后再比一次价。`,
          `${e.nameEn} pre-sale: a deposit locks the price; compare again when the main sale opens.`,
        ),
      };
    case 'main':
      return {
        phase: phase.phase,
        event,
        advice: say(lang, `${e.name}进行中：现在看到的就是大促价。`, `${e.nameEn} is on: what you see now is the promo price.`),
      };
    case 'platform-fanchang': {
      const day = phase.day ?? 1;
      const advice =
        day === 1
          ? say(
              lang,
              `${e.name}平台返场第 1 天（共 3 天）：热门款通常当天抢空，真要就今天买。`,
              `Platform 返场 after ${e.nameEn}, day 1 of 3: hot items usually sell out today; if you need it, buy today.`,
            )
          : say(
              lang,
              `${e.name}平台返场第 ${day} 天（共 3 天）：热门款多半已在第 1 天抢空，剩下的不必急。`,
              `Platform 返场 after ${e.nameEn}, day ${day} of 3: hot items mostly sold out on day 1; what is left need not be rushed.`,
            );
      return { phase: phase.phase, event, day, advice };
    }
    case 'store-fanchang':
      return {
        phase: phase.phase,
        event,
        advice: say(
          lang,
          `${e.name}店铺返场期：通常比正价低 10%-30%，加购过的可以找客服要券。`,
          `Store-level 返场 after ${e.nameEn}: usually 10-30% below list price; if it was in your cart, ask the shop for a coupon.`,
        ),
      };
  }
}

/**
 * The overall call: any danger means skip; a warning, or a trap that shows there is no reason to
 * hurry, means it is fine to wait; a price below the promo price means buy now. Without evidence
 * either way there is no reason to rush.
 */
export function decideVerdict(traps: readonly Trap[], phase: PhaseAt, lang: Lang): Verdict {
  const titles = (list: readonly Trap[]) => list.map((t) => t.title);
  const label = (kind: VerdictKind) => say(lang, ...LABELS[kind]);
  const timing = timingOf(phase, lang);
  const dangers = traps.filter((t) => t.severity === 'danger');
  if (dangers.length > 0) return { verdict: 'skip', label: label('skip'), reasons: titles(dangers), timing };
  // Warnings lead: the verdict line names the most serious reason first.
  const waits = [...traps.filter((t) => t.severity === 'warn'), ...traps.filter((t) => t.severity !== 'warn' && NO_RUSH.has(t.id))];
  if (waits.length > 0) return { verdict: 'fine-to-wait', label: label('fine-to-wait'), reasons: titles(waits), timing };
  const goods = traps.filter((t) => t.severity === 'good');
  if (goods.length > 0) return { verdict: 'buy-now', label: label('buy-now'), reasons: titles(goods), timing };
  return {
    verdict: 'fine-to-wait',
    label: label('fine-to-wait'),
    reasons: [say(lang, '没有证据表明现在买更划算', 'Nothing shows that buying now is the better deal')],
    timing,
  };
}
