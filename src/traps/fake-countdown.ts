import { countdownDeadline } from './countdown-deadline';
import { say, shanghaiDay } from './text';
import { trap } from './trap';
import type { Rule, RuleInput } from './types';
import { urgencyNeverEnds } from './urgency-never-ends';

/** Page loads and reading the page take a little time; a deadline "moving" by less is noise. */
const SLACK_MS = 2 * 60 * 1000;

function shanghaiTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A countdown whose deadline resets or moves later between visits (Mathur et al. 2019: fake
 * countdown timers). Each visit's text and time give an absolute deadline; they should agree.
 */
function deadlineMoved({ snapshot, history, now, lang }: RuleInput) {
  const visits = history
    .filter((o) => typeof o.countdownText === 'string' && Date.parse(o.at) < now.getTime())
    .map((o) => ({ at: new Date(o.at), text: o.countdownText! }));
  if (snapshot.signals.countdownText) visits.push({ at: now, text: snapshot.signals.countdownText });
  const read = visits
    .map((v) => ({ ...v, found: countdownDeadline(v.text, v.at) }))
    .filter((v) => v.found !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  for (let i = read.length - 1; i > 0; i--) {
    const earlier = read[i - 1]!;
    const later = read[i]!;
    const shift = later.found!.deadline.getTime() - earlier.found!.deadline.getTime();
    const tolerance = Math.max(earlier.found!.precisionMs, later.found!.precisionMs) + SLACK_MS;
    if (shift <= tolerance) continue;
    const passed = earlier.found!.deadline.getTime() <= later.at.getTime();
    const hours = Math.round((shift / 3_600_000) * 10) / 10;
    return trap(
      'fake-countdown',
      'warn',
      say(lang, '倒计时是假的', 'The countdown is not real'),
      say(
        lang,
        `${shanghaiDay(earlier.at.toISOString())} 看到“${earlier.text}”，截止 ${shanghaiTime(earlier.found!.deadline)}；${shanghaiDay(later.at.toISOString())} 再看是“${later.text}”，截止变成 ${shanghaiTime(later.found!.deadline)}，${passed ? '过期后又重新计时' : '往后推了'} ${hours} 小时。别被倒计时催着下单。`,
        `On ${shanghaiDay(earlier.at.toISOString())} the page said "${earlier.text}", a deadline of ${shanghaiTime(earlier.found!.deadline)}; on ${shanghaiDay(later.at.toISOString())} it said "${later.text}", a deadline of ${shanghaiTime(later.found!.deadline)}: ${passed ? 'it ran out and started again' : 'it moved'} ${hours} hours later. Do not let the timer hurry you.`,
      ),
      {
        firstSeenAt: earlier.at.toISOString(),
        firstText: earlier.text,
        firstDeadline: earlier.found!.deadline.toISOString(),
        laterSeenAt: later.at.toISOString(),
        laterText: later.text,
        laterDeadline: later.found!.deadline.toISOString(),
        movedLaterHours: hours,
        firstDeadlinePassed: passed ? 'yes' : 'no',
      },
    );
  }
  return null;
}

/** Countdowns that reset, and loss-framing threats that never end (issue 17). */
export const fakeCountdown: Rule = (input) => deadlineMoved(input) ?? urgencyNeverEnds(input);
