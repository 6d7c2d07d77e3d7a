import { productKey } from '../core/types';
import { claimsOnPage, readSocialClaim, type PageClaim } from '../parse';
import { say, shanghaiDay } from './text';
import { trap } from './trap';
import type { ClaimSighting, Rule, RuleInput } from './types';

/**
 * Social proof the shop shows about itself (the returns article's "87%的用户换购了", "xx人已换购",
 * "回头客 9999+"; Mathur et al. 2019, Dark Patterns at Scale: activity notifications and testimonials
 * the shop makes up). Platform counters (已售, 月销, 人付款) and review counts are not claims and stay
 * silent. A claim is reported as unverifiable; as likely made up when the same exact figure shows on
 * unrelated products (or, for a shop-wide 回头客 figure, other shops), or when a running count the
 * shop shows falls between visits.
 */
const SOURCE = 'Mathur et al. 2019, Dark Patterns at Scale (activity notifications)';

const WHERE_ZH = { product: '商品旁', recommended: '推荐的商品旁' } as const;
const WHERE_EN = { product: 'beside the product', recommended: 'beside a recommended item' } as const;

interface Seen {
  key: string;
  shop: string | null;
  text: string;
  at: string;
}

function sightingsOf(sightings: readonly ClaimSighting[], figure: string): Seen[] {
  const out: Seen[] = [];
  for (const s of sightings) {
    if (readSocialClaim(s.text)?.figure !== figure) continue;
    out.push({ key: s.productKey, shop: s.shop ?? null, text: s.text, at: s.at });
  }
  return out;
}

function repeatedElsewhere({ snapshot, claimSightings, thresholds, lang, now }: RuleInput, claims: readonly PageClaim[]) {
  const key = productKey(snapshot);
  for (const { claim } of claims) {
    if (!claim.exact) continue;
    const elsewhere = sightingsOf(claimSightings ?? [], claim.figure).filter((s) => s.key !== key && Date.parse(s.at) <= now.getTime());
    // 回头客 counts the shop's customers, so its own products repeat it honestly: only other shops count.
    const shopWide = claim.kind === 'returning';
    const others = shopWide ? elsewhere.filter((s) => s.shop !== null && snapshot.shop !== null && s.shop !== snapshot.shop) : elsewhere;
    const products = new Set(others.map((s) => s.key));
    const shops = new Set(others.map((s) => s.shop).filter((s): s is string => s !== null && s !== snapshot.shop));
    if (products.size + 1 < thresholds.socialProofRepeatProducts) continue;
    if (shopWide && shops.size === 0) continue;
    const first = others.reduce((a, b) => (Date.parse(b.at) < Date.parse(a.at) ? b : a));
    return trap(
      'social-proof',
      'warn',
      say(lang, '“用户都选了”的数字像是编的', 'The "everyone chose it" figure looks made up'),
      say(
        lang,
        `页面说“${claim.text}”，可同一个数字你在另外 ${products.size} 件不相干的商品上也见过（最早 ${shanghaiDay(first.at)}，${first.text}）。真实统计不会处处一样：别把它当成别人替你做的选择。`,
        `The page says "${claim.text}", yet you have seen the same figure on ${products.size} other, unrelated products (first on ${shanghaiDay(first.at)}: "${first.text}"). Real counts are not the same everywhere: do not take it as other shoppers' choice.`,
      ),
      {
        claimText: claim.text,
        claimFigure: claim.value,
        otherProducts: products.size,
        otherShops: shops.size,
        firstSeenElsewhereAt: first.at,
        firstSeenElsewhereProduct: first.key,
        repeatLimit: thresholds.socialProofRepeatProducts,
        source: SOURCE,
      },
    );
  }
  return null;
}

/** A running count ("3274人已换购", "回头客 5120") only grows; shown smaller on a later visit, it is not a count. */
function countFell({ snapshot, claimSightings, lang, now }: RuleInput, claims: readonly PageClaim[]) {
  const key = productKey(snapshot);
  for (const { claim } of claims) {
    if (!claim.exact || (claim.kind !== 'count' && claim.kind !== 'returning')) continue;
    const visits = (claimSightings ?? [])
      .filter((s) => s.productKey === key && (s.where ?? 'product') === 'product' && Date.parse(s.at) < now.getTime())
      .map((s) => ({ at: s.at, text: s.text, claim: readSocialClaim(s.text) }))
      .filter((v) => v.claim?.kind === claim.kind && v.claim.exact);
    visits.push({ at: now.toISOString(), text: claim.text, claim });
    visits.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (let i = 1; i < visits.length; i++) {
      const later = visits[i]!;
      const higher = visits.slice(0, i).find((v) => v.claim!.value > later.claim!.value);
      if (!higher) continue;
      return trap(
        'social-proof',
        'warn',
        say(lang, '“已换购”人数越来越少', 'The "already bought" count went down'),
        say(
          lang,
          `${shanghaiDay(higher.at)} 页面说“${higher.text}”，${shanghaiDay(later.at)} 变成“${later.text}”。累计人数只会变多，这个数字不是统计出来的。`,
          `On ${shanghaiDay(higher.at)} the page said "${higher.text}", on ${shanghaiDay(later.at)} "${later.text}". A running total only grows: this figure is not counted.`,
        ),
        {
          claimText: later.text,
          firstSeenAt: higher.at,
          firstText: higher.text,
          firstCount: higher.claim!.value,
          laterSeenAt: later.at,
          laterText: later.text,
          laterCount: later.claim!.value,
          source: SOURCE,
        },
      );
    }
  }
  return null;
}

function unverifiable({ lang }: RuleInput, claims: readonly PageClaim[]) {
  const { claim, where } = claims[0]!;
  return trap(
    'social-proof',
    'info',
    say(lang, '“别人都买了”是店家自己说的', 'The "others bought it" claim is the shop\'s own'),
    say(
      lang,
      `${WHERE_ZH[where]}写着“${claim.text}”。这是店家自己给的数字，平台不核实，你也无从查证；选不选，看商品本身合不合适。`,
      `"${claim.text}" is shown ${WHERE_EN[where]}. It is the shop's own figure: the platform does not check it and you cannot. Decide on the item itself.`,
    ),
    { claimText: claim.text, claimWhere: where, claimKind: claim.kind, source: SOURCE },
  );
}

export const socialProof: Rule = (input) => {
  // A reading the adapter itself doubts is no ground for calling a shop's figure made up.
  if (input.snapshot.confidence?.signals === 'low') return null;
  const claims = claimsOnPage(input.snapshot.signals);
  if (claims.length === 0) return null;
  return repeatedElsewhere(input, claims) ?? countFell(input, claims) ?? unverifiable(input, claims);
};
