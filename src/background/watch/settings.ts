/**
 * The settings the watch feature reads, in its own terms. The shopper edits them in the options
 * page (stored by src/store/settings.ts); `loadWatchSettings` (register.ts) maps them onto this shape.
 */
import type { Lang } from '../../core/lang';
import type { QuietHours } from './quiet-hours';

export type AlertTopic = 'restock' | 'price' | 'fanchang';

export interface WatchSettings {
  periodMinutes: number;
  quietHours: QuietHours | null;
  lang: Lang;
  /** The shopper's time zone for quiet hours and times in alert text; undefined is the browser's own. */
  timeZone: string | undefined;
  /** Which alerts become system notifications; the others are still kept in the alert history. */
  notify: Record<AlertTopic, boolean>;
}
