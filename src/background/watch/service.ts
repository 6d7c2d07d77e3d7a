/**
 * The watch feature as one object: rounds of checks on the alarm, the shopper's visits as checks,
 * notification clicks, and the message handlers. `register.ts` wires it to the real browser; unit
 * tests wire it to WXT's fake browser.
 */
import type { ProductSnapshot } from '../../core/types';
import type { CheckRoundSummary } from '../../messaging/watch-messages';
import { listWatches, nextDueAt, updateWatch } from '../../store';
import { QUIET_END_ALARM, listAlertViews, logIdOf, openAlert, pauseFromAlert, releaseHeldAlerts } from './alerts';
import { runDueChecks } from './checker';
import type { WatchContext } from './context';
import { alertFanchang, nextFanchangStart, promoCartItems } from './fanchang';
import { watchHandlers } from './handlers';
import { observeSnapshot } from './observe';
import { HostGate } from './politeness';
import { CHECK_ALARM, MIN_ALARM_DELAY_MS, ensureCheckAlarm, nextAlarmAt } from './schedule';
import { remindProtectDeadlines } from '../protect/claims';
import { protectHandlers } from '../protect/handlers';
import { syncProtectWatches } from '../protect/sync';

export function createWatchService(ctx: WatchContext) {
  let round: Promise<CheckRoundSummary> | null = null;
  const gate = new HostGate();

  /** Sets the check alarm for the next due watch or the next 返场 window of a promo cart item. */
  async function scheduleNextRound(): Promise<void> {
    const now = ctx.now().getTime();
    const settings = await ctx.settings();
    const forWatches = nextAlarmAt(await nextDueAt(ctx.db), now, settings.periodMinutes);
    const fanchang = nextFanchangStart(await promoCartItems(ctx), await ctx.promoEvents(), ctx.now());
    const forFanchang = fanchang === null ? null : Math.max(fanchang, now + MIN_ALARM_DELAY_MS);
    const candidates = [forWatches, forFanchang].filter((t): t is number => t !== null);
    await ensureCheckAlarm(ctx.alarms, candidates.length > 0 ? Math.min(...candidates) : null);
  }

  /** One round at a time per background; a second trigger joins the running round. */
  function runRound(): Promise<CheckRoundSummary> {
    round ??= (async () => {
      const settings = await ctx.settings();
      // If the worker stops mid-round, this alarm brings it back to finish what is still due.
      await ctx.alarms.create(CHECK_ALARM, { when: ctx.now().getTime() + settings.periodMinutes * 60_000 });
      // Purchases whose window opened or closed since the last round gain or lose their checks.
      await syncProtectWatches(ctx);
      const report = await runDueChecks(ctx, gate);
      const fanchangAlerts = await alertFanchang(ctx);
      const protectReminders = await remindProtectDeadlines(ctx);
      return { ...report, fanchangAlerts, protectReminders };
    })().finally(async () => {
      round = null;
      await scheduleNextRound();
    });
    return round;
  }

  async function onAlarm(name: string): Promise<void> {
    if (name === CHECK_ALARM) await runRound();
    else if (name === QUIET_END_ALARM) await releaseHeldAlerts(ctx);
  }

  /** Every background start: alerts held past their quiet hours go out, and the alarm is there. */
  async function start(): Promise<void> {
    await releaseHeldAlerts(ctx);
    await scheduleNextRound();
  }

  /** The shopper's "check now": the watch (or every active one) is due now, and a round runs. */
  async function checkNow(input?: { id?: number }): Promise<CheckRoundSummary> {
    const id = input?.id;
    const now = ctx.now().toISOString();
    const active = (await listWatches(ctx.db)).filter((w) => w.status === 'active' && (id === undefined || w.id === id));
    // Let a running round finish first: a watch it is checking right now is not checked twice.
    if (round) await round;
    await Promise.all(active.map((w) => updateWatch(ctx.db, w.id, { nextCheckAt: now })));
    return runRound();
  }

  async function onNotificationClicked(notificationId: string): Promise<boolean> {
    const id = logIdOf(notificationId);
    return id === null ? false : openAlert(ctx, id);
  }

  const handlers = watchHandlers(ctx, scheduleNextRound);
  /** Purchases or the shopper's windows changed: purchases gain or lose their checks. */
  async function afterPurchasesChange(): Promise<void> {
    await syncProtectWatches(ctx);
    await scheduleNextRound();
  }
  const protect = protectHandlers(ctx, afterPurchasesChange);

  return {
    start,
    runRound,
    onAlarm,
    scheduleNextRound,
    afterPurchasesChange,
    async observeSnapshot(snapshot: ProductSnapshot): Promise<void> {
      await observeSnapshot(ctx, snapshot);
      await scheduleNextRound();
    },
    onNotificationClicked,
    onNotificationButtonClicked: (id: string, index: number) => (index === 0 ? onNotificationClicked(id) : pauseFromAlert(ctx, id)),
    handlers: {
      ...handlers,
      listAlerts: (input?: { limit?: number }) => listAlertViews(ctx.db, input?.limit),
      checkWatchesNow: checkNow,
      openAlert: async (input: { id: number }) => ({ ok: Number.isInteger(input?.id) && (await openAlert(ctx, input.id)) }),
      ...protect,
    },
  };
}

export type WatchService = ReturnType<typeof createWatchService>;
