import { BUILT_IN_SITES } from '../../core/hosts';
import * as v from 'valibot';
import type { Site } from '../../core/types';
import { PromoEventSchema, type PromoEvent } from '../../promo';
import { timesInOrder } from '../../promo/user-events';
import type { MessageKey } from '../i18n';

/** The add-event form's fields as typed: times are `datetime-local` values, read as Shanghai time. */
export interface EventDraft {
  name: string;
  nameEn: string;
  platforms: Site[];
  preSaleAt: string;
  mainAt: string;
  endAt: string;
}

export const EMPTY_DRAFT: EventDraft = {
  name: '',
  nameEn: '',
  platforms: [...BUILT_IN_SITES],
  preSaleAt: '',
  mainAt: '',
  endAt: '',
};

/** '2026-03-04T20:00' -> '2026-03-04T20:00:00+08:00': promo times are announced in Beijing time. */
export function shanghaiInstant(local: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : null;
}

/** The inverse, for showing a saved event's times. */
export function shanghaiLocal(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
}

export type DraftCheck = { ok: true; event: PromoEvent } | { ok: false; problem: MessageKey };

/** Checks a draft the way the calendar will (PromoEventSchema), with a reason the shopper can act on. */
export function checkDraft(draft: EventDraft, id: string): DraftCheck {
  const name = draft.name.trim();
  if (!name) return { ok: false, problem: 'eventNeedsName' };
  if (draft.platforms.length === 0) return { ok: false, problem: 'eventNeedsPlatform' };
  const mainAt = shanghaiInstant(draft.mainAt);
  const endAt = shanghaiInstant(draft.endAt);
  const preSaleAt = draft.preSaleAt ? shanghaiInstant(draft.preSaleAt) : null;
  if (!mainAt || !endAt || (draft.preSaleAt && !preSaleAt)) return { ok: false, problem: 'eventNeedsTimes' };
  if (!timesInOrder({ preSaleAt, mainAt, endAt })) return { ok: false, problem: 'eventTimesOrder' };
  const candidate = {
    id,
    name,
    nameEn: draft.nameEn.trim() || name,
    platforms: draft.platforms,
    preSaleAt,
    mainAt,
    endAt,
    estimated: false,
    source: 'added by the shopper',
  };
  const parsed = v.safeParse(PromoEventSchema, candidate);
  return parsed.success ? { ok: true, event: parsed.output } : { ok: false, problem: 'eventInvalid' };
}
