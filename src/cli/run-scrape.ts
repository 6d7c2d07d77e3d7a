import { readFileSync } from 'node:fs';
import { decodeHtml } from '../parse/charset';
import { parseArgs } from 'node:util';
import { DOMParser } from 'linkedom';
import { isIsoInstant, mergeUserEvents, promoCalendar } from '../promo';
import { judgePage } from '../traps/judge';
import type { ShopperProfile } from '../traps';
import {
  CartAddsSchema,
  CartItemsSchema,
  ClaimSightingsSchema,
  HistorySchema,
  InputError,
  ProfileSchema,
  readJsonInput,
  UserEventsSchema,
} from './inputs';

export const USAGE =
  'usage: scrape PAGE.html --url URL [--now ISO] [--history H.json] [--profile P.json] [--cart C.json] [--cart-items I.json] [--claims S.json] [--events E.json] [--lang zh|en]';

/**
 * `npm run -s scrape -- PAGE.html --url URL ...` (docs/contracts.md): the extension's pipeline on a
 * saved page, returning the JSON the CLI prints: `{ snapshot, traps, verdict }`. Unreadable input
 * throws an InputError with a one-line message.
 */
export function runScrape(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        now: { type: 'string' },
        history: { type: 'string' },
        profile: { type: 'string' },
        cart: { type: 'string' },
        'cart-items': { type: 'string' },
        claims: { type: 'string' },
        events: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const page = positionals[0];
  if (!page || positionals.length > 1) throw new InputError(USAGE);
  if (!values.url) throw new InputError('--url is required: the address the page was saved from');
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new InputError(`--url is not a URL: ${values.url}`);
  }
  if (values.now !== undefined && !isIsoInstant(values.now)) {
    throw new InputError(`--now is not an ISO time with an offset (e.g. 2025-11-12T10:00:00+08:00): ${values.now}`);
  }
  const now = values.now ? new Date(values.now) : new Date();
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new InputError(`--lang must be zh or en: ${lang}`);

  let html: string;
  try {
    html = decodeHtml(readFileSync(page));
  } catch (error) {
    throw new InputError(`cannot read page ${page}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  const history = values.history ? readJsonInput(values.history, HistorySchema, 'history') : [];
  const profile: ShopperProfile = values.profile ? readJsonInput(values.profile, ProfileSchema, 'profile') : { sizes: {} };
  const cartAdds = values.cart ? readJsonInput(values.cart, CartAddsSchema, 'cart') : [];
  const cartItems = values['cart-items'] ? readJsonInput(values['cart-items'], CartItemsSchema, 'cart items') : [];
  const claimSightings = values.claims ? readJsonInput(values.claims, ClaimSightingsSchema, 'claims') : [];
  let events = promoCalendar(now);
  if (values.events) {
    const merged = mergeUserEvents(events, readJsonInput(values.events, UserEventsSchema, 'events'));
    if (merged.warnings.length > 0) throw new InputError(`events ${values.events}: ${merged.warnings[0]}`);
    events = merged.events;
  }

  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const judged = judgePage({ doc, url }, { now, history, cartAdds, profile, cartItems, claimSightings, events, lang });
  if (!judged.ok) throw new InputError(judged.error);
  const { snapshot, traps, undetermined, verdict } = judged.judgement;
  return JSON.stringify({ snapshot, traps, undetermined, verdict }, null, 2);
}
