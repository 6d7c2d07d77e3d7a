import type { PageSignals } from '../core/types';
import { normalizeWidth } from './digits';

/**
 * Social-proof phrases split by who counted them. A shop's own claims ("87%的用户换购了",
 * "3274人已换购", "回头客 9999+", "23人正在看") are figures nobody can check; the platform's own
 * counters (已售, 月销, 人付款, 已拼, "bought in past month") and review counts are not claims and
 * read as null here.
 */
export type SocialClaimKind = 'share' | 'count' | 'returning' | 'activity';

export interface SocialClaim {
  /** The phrase as the page shows it. */
  text: string;
  kind: SocialClaimKind;
  /** The figure: a percentage for shares, a head count otherwise. */
  value: number;
  /** False for rounded or open-ended figures (1万+, 9999+): those repeat honestly. */
  exact: boolean;
  /** What two sightings must share to be "the same figure": `share:87`, `count:3274`. */
  figure: string;
}

const NUMBER = String.raw`(?<![\d.])(\d+(?:\.\d+)?)\s*([万千wWkK])?\s*(\+)?`;

const CLAIMS: ReadonlyArray<{ kind: SocialClaimKind; re: RegExp }> = [
  {
    kind: 'share',
    re: /(?<![\d.])(\d+(?:\.\d+)?)\s*%\s*的?\s*(?:用户|顾客|买家|人|消费者)?\s*都?\s*(?:选择|购买|换购|回购|复购|推荐|买了|入手)了?/,
  },
  {
    kind: 'share',
    re: /(?<![\d.])(\d+(?:\.\d+)?)\s*%\s+of\s+(?:customers|shoppers|buyers|users|people)\s+(?:switched|upgraded|chose|bought|recommend)/i,
  },
  { kind: 'count', re: new RegExp(`${NUMBER}\\s*(?:人|位)\\s*(?:已|都)?\\s*(?:换购|回购|复购)`) },
  { kind: 'count', re: new RegExp(`${NUMBER}\\s*(?:customers|shoppers|people)\\s+(?:have\\s+)?(?:switched|upgraded|repurchased)`, 'i') },
  { kind: 'returning', re: new RegExp(`回头客\\s*:?\\s*${NUMBER}`) },
  { kind: 'returning', re: new RegExp(`${NUMBER}\\s*(?:位|人)?\\s*回头客`) },
  { kind: 'activity', re: new RegExp(`${NUMBER}\\s*人\\s*(?:正在看|在看|正在浏览|正在抢)`) },
  {
    kind: 'activity',
    re: new RegExp(`${NUMBER}\\s*(?:people|shoppers)\\s+(?:are\\s+)?(?:viewing|looking\\s+at|have\\s+this\\s+in\\s+their\\s+carts?)`, 'i'),
  },
];

const UNIT: Readonly<Record<string, number>> = { 万: 10_000, w: 10_000, W: 10_000, 千: 1000, k: 1000, K: 1000 };

/** The first shop claim in a phrase, or null when it holds none (a sales counter, a review count). */
export function readSocialClaim(text: string | null | undefined): SocialClaim | null {
  if (typeof text !== 'string' || text === '') return null;
  const t = normalizeWidth(text).slice(0, 500);
  let best: { index: number; claim: SocialClaim } | null = null;
  for (const { kind, re } of CLAIMS) {
    const m = re.exec(t);
    if (!m || (best && best.index <= m.index)) continue;
    const unit = m[2] ? UNIT[m[2]]! : 1;
    const value = Math.round(Number(m[1]) * unit * 100) / 100;
    if (!Number.isFinite(value) || (kind === 'share' && value > 100)) continue;
    const exact = kind === 'share' || (m[2] === undefined && m[3] === undefined);
    best = { index: m.index, claim: { text: m[0].trim(), kind, value, exact, figure: `${kind}:${value}${exact ? '' : '+'}` } };
  }
  return best?.claim ?? null;
}

/** A claim and whether the page made it about the product itself or about an item it recommends. */
export interface PageClaim {
  claim: SocialClaim;
  where: 'product' | 'recommended';
}

/** Every shop claim a page's signals carry, once per figure and place. */
export function claimsOnPage(signals: PageSignals): PageClaim[] {
  const found: PageClaim[] = [];
  const add = (text: string | null | undefined, where: PageClaim['where']) => {
    const claim = readSocialClaim(text);
    if (claim && !found.some((f) => f.where === where && f.claim.figure === claim.figure)) found.push({ claim, where });
  };
  add(signals.socialProofText, 'product');
  for (const offer of signals.upsellOffers ?? []) for (const tag of offer.tags) add(tag, 'recommended');
  return found;
}
