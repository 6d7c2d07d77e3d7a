export type { CartAdd, PriceObservation, PromoEvent, PromoPhase } from './types';
export { DEFAULT_PROMO_EVENTS } from './calendar-data';
export { promoCalendar, projectEvent, springFestival, CALENDAR_YEARS_BACK, CALENDAR_YEARS_AHEAD } from './calendar';
export { EVENT_PATTERNS, type EventPattern } from './patterns';
export { phaseAt, eventsForSite, eventsBegunBy, promoEventAt, type PhaseAt } from './phase';
export {
  eventStart,
  phaseOfEvent,
  platformFanchangWindow,
  storeFanchangWindow,
  PLATFORM_FANCHANG_DAYS,
  STORE_FANCHANG_DAYS,
  type TimeWindow,
} from './windows';
export {
  describeIssue,
  mergeUserEvents,
  PromoEventSchema,
  UserEventEntrySchema,
  type MergedCalendar,
  type UserEventEntry,
} from './user-events';
export {
  promoPriceOf,
  prepromoLowOf,
  lowestBefore,
  observationsForSku,
  priorPriceDays,
  followsEuPriceRule,
  type DatedPrice,
  type PromoPrice,
  type PriorLow,
} from './prices';
export { DAY_MS, IsoInstantSchema, isIsoInstant, shanghaiDate, shanghaiDayNumber, startOfShanghaiDay, toDate } from './time';
