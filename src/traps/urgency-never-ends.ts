import { countdownDeadline } from './countdown-deadline';
import { say, shanghaiDay } from './text';
import { trap } from './trap';
import type { RuleInput } from './types';

const DAY_MS = 24 * 3_600_000;

/**
 * Loss framing without a deadline ("专属优惠即将失效", "您放弃了价值50元的专属权益", "your offer is
 * about to expire"): it cannot reset, but it can fail to end. Still on the page days after it first
 * said "soon", the threat is the tactic (the returns article's 损失提示; Mathur et al. 2019).
 */
export function urgencyNeverEnds({ snapshot, history, now, thresholds, lang }: RuleInput) {
  const current = snapshot.signals.countdownText;
  if (!current || snapshot.confidence?.signals === 'low' || countdownDeadline(current, now) !== null) return null;
  const earlier = history
    .filter((o) => typeof o.countdownText === 'string' && Date.parse(o.at) < now.getTime())
    .filter((o) => countdownDeadline(o.countdownText!, new Date(o.at)) === null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  if (!earlier) return null;
  const days = Math.floor((now.getTime() - Date.parse(earlier.at)) / DAY_MS);
  if (days < thresholds.urgencyNeverEndsDays) return null;
  return trap(
    'fake-countdown',
    'warn',
    say(lang, '“即将失效”一直不失效', 'The "expiring soon" offer never expires'),
    say(
      lang,
      `${shanghaiDay(earlier.at)} 页面就说“${earlier.countdownText}”，${days} 天后的今天还在说“${current}”。说“马上就没了”却一直都在，是吓你下单的话术。`,
      `On ${shanghaiDay(earlier.at)} the page already said "${earlier.countdownText}"; ${days} days later it still says "${current}". A loss that never comes is there to scare you into buying.`,
    ),
    {
      firstSeenAt: earlier.at,
      firstText: earlier.countdownText!,
      laterSeenAt: now.toISOString(),
      laterText: current,
      daysShown: days,
      urgencyLimitDays: thresholds.urgencyNeverEndsDays,
    },
  );
}
