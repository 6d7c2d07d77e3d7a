import { normalizeWidth } from '../parse';

/**
 * The absolute deadline a countdown or "恢复原价" message announces, from the text and the time it
 * was seen: "距结束 2天 05:12:33", "价格24小时后恢复", "还剩3天", "11月11日 23:59 结束", "ends in 5h".
 * `precisionMs` is the smallest unit the text states: a deadline read from "24小时后" is only good
 * to the hour.
 */
export interface CountdownDeadline {
  deadline: Date;
  precisionMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SHANGHAI_OFFSET = 8 * HOUR;

/** Words that make a duration a countdown rather than, say, "24小时发货". */
const RELATIVE_CUE = /距|剩|还有|后|倒计时|仅限|ends?\s+in|left|remaining/i;
const ABSOLUTE_CUE = /结束|截止|恢复|止|前|ends?|until/i;

const CLOCK = /(\d{1,3}):(\d{2}):(\d{2})/;
const UNITS: ReadonlyArray<{ re: RegExp; ms: number }> = [
  { re: /(\d+)\s*(?:天|日|days?\b|d\b)/i, ms: DAY },
  { re: /(\d+)\s*(?:个?小时|时(?!间)|hours?\b|hrs?\b|h\b)/i, ms: HOUR },
  { re: /(\d+)\s*(?:分钟|分(?!之)|minutes?\b|mins?\b|m\b)/i, ms: MINUTE },
  { re: /(\d+)\s*(?:秒|seconds?\b|secs?\b|s\b)/i, ms: SECOND },
];

const MONTH_DAY_TIME = /(?:(\d{4})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?\s*(\d{1,2})\s*[:点时](?:\s*(\d{2}))?/;

function relativeDeadline(text: string, seenAt: Date): CountdownDeadline | null {
  if (!RELATIVE_CUE.test(text)) return null;
  let total = 0;
  let precision = 0;
  let rest = text;
  const clock = CLOCK.exec(rest);
  if (clock) {
    total += Number(clock[1]) * HOUR + Number(clock[2]) * MINUTE + Number(clock[3]) * SECOND;
    precision = SECOND;
    rest = rest.replace(clock[0], ' ');
  }
  for (const unit of UNITS) {
    const m = unit.re.exec(rest);
    if (!m) continue;
    total += Number(m[1]) * unit.ms;
    precision = precision === 0 ? unit.ms : Math.min(precision, unit.ms);
  }
  if (precision === 0) return null;
  return { deadline: new Date(seenAt.getTime() + total), precisionMs: precision };
}

function absoluteDeadline(text: string, seenAt: Date): CountdownDeadline | null {
  const m = MONTH_DAY_TIME.exec(text);
  if (!m || !ABSOLUTE_CUE.test(text)) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59) return null;
  const seenYear = new Date(seenAt.getTime() + SHANGHAI_OFFSET).getUTCFullYear();
  const at = (year: number) => new Date(Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET);
  let deadline = at(m[1] === undefined ? seenYear : Number(m[1]));
  // "1月3日 结束" seen in late December means next January.
  if (m[1] === undefined && deadline.getTime() < seenAt.getTime() - 180 * DAY) deadline = at(seenYear + 1);
  return { deadline, precisionMs: m[5] === undefined ? HOUR : MINUTE };
}

export function countdownDeadline(text: string, seenAt: Date): CountdownDeadline | null {
  if (typeof text !== 'string' || text.trim() === '' || Number.isNaN(seenAt.getTime())) return null;
  const t = normalizeWidth(text).slice(0, 500);
  return absoluteDeadline(t, seenAt) ?? relativeDeadline(t, seenAt);
}
