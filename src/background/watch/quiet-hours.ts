/**
 * Quiet hours: alerts found during them are held and sent when they end, not dropped, since a
 * restock or a price back at the promo price is exactly what the shopper asked to hear about. The
 * text of a held alert says when the change was found, so a morning alert about a 2 a.m. restock
 * does not pretend to be fresh.
 */

export interface QuietHours {
  /** 'HH:MM', local time in `timeZone`. */
  start: string;
  end: string;
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 && h * 60 + min <= MINUTES_PER_DAY ? (h * 60 + min) % MINUTES_PER_DAY : null;
}

/** Minutes past local midnight and the seconds into the minute, in a time zone. */
function localClock(now: Date, timeZone: string | undefined): { minutes: number; msIntoMinute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return { minutes: hour * 60 + minute, msIntoMinute: now.getTime() % 60_000 };
}

/**
 * When the quiet hours around `now` end, or null when `now` is not in them. A window whose start
 * is after its end runs over midnight (22:00-08:00); equal or unreadable times mean no quiet hours.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours | null, timeZone?: string): Date | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === null || end === null || start === end) return null;
  const { minutes, msIntoMinute } = localClock(now, timeZone);
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const minutesLeft = (end - minutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return new Date(now.getTime() - msIntoMinute + minutesLeft * 60_000);
}
