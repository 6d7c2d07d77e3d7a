import { adapterForUrl, extractWith } from '../adapters';
import type { ProductSnapshot, Trap, Undetermined } from '../core/types';
import { promoCalendar, type CartAdd, type PhaseAt, type PriceObservation, type PromoEvent } from '../promo';
import { decideVerdict, prepareRuleInput, runRules, type Verdict } from './index';
import type { ClaimSighting, Lang, ShopperProfile, TrackedCartItem } from './types';

/** What the extension remembers about a product and its shopper, besides the page itself. */
export interface JudgeInputs {
  now: Date;
  history?: readonly PriceObservation[];
  cartAdds?: readonly CartAdd[];
  profile?: ShopperProfile;
  /** The promo calendar; the default calendar when not given. */
  events?: readonly PromoEvent[];
  cartItems?: readonly TrackedCartItem[];
  /** Social-proof claims seen before, on this and other products. */
  claimSightings?: readonly ClaimSighting[];
  lang?: Lang;
}

export interface Judgement {
  snapshot: ProductSnapshot;
  traps: Trap[];
  /** Rules that could not judge; never counted among the traps or in the verdict. */
  undetermined: Undetermined[];
  verdict: Verdict;
  phase: PhaseAt;
}

/** The rules and the verdict on a snapshot already read (the background, after a content script sent it). */
export function judgeSnapshot(snapshot: ProductSnapshot, inputs: JudgeInputs): Judgement {
  const input = prepareRuleInput({
    snapshot,
    now: inputs.now,
    history: inputs.history ?? [],
    cartAdds: inputs.cartAdds ?? [],
    profile: inputs.profile ?? { sizes: {} },
    events: inputs.events ?? promoCalendar(inputs.now),
    cartItems: inputs.cartItems ?? [],
    claimSightings: inputs.claimSightings ?? [],
    lang: inputs.lang ?? 'zh',
  });
  const { traps, undetermined } = runRules(input);
  return { snapshot, traps, undetermined, verdict: decideVerdict(traps, input.phase, input.lang), phase: input.phase };
}

export type PageJudgement = { ok: true; judgement: Judgement } | { ok: false; error: string };

/**
 * The whole pipeline on a page (docs/contracts.md): the site's adapter reads it, the rules judge it.
 * The CLI runs exactly this on a saved page.
 */
export function judgePage(page: { doc: Document; url: URL }, inputs: JudgeInputs): PageJudgement {
  const adapter = adapterForUrl(page.url);
  if (!adapter) return { ok: false, error: `no adapter reads ${page.url.hostname}${page.url.pathname}` };
  const snapshot = extractWith(adapter, { doc: page.doc, url: page.url, now: inputs.now });
  return { ok: true, judgement: judgeSnapshot(snapshot, inputs) };
}
