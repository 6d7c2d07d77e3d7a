import type { Category, Sku } from '../core/types';
import { compareSizes, parseSize, sameSize, type NormalizedSize, type SizeHint } from '../parse';
import { list, say } from './text';
import { trap } from './trap';
import type { Rule } from './types';
import { unreadFields } from './undetermined';

/** Which of the shopper's sizes can apply to a category, in the order they are tried. */
const PROFILE_KINDS: Record<Category, SizeHint[]> = {
  shoes: ['shoe'],
  apparel: ['top', 'bottom', 'kids'],
  food: [],
  cosmetics: [],
  electronics: [],
  other: ['top', 'bottom', 'shoe', 'kids'],
};

interface SizeInRun {
  label: string;
  available: boolean;
}

const isInStock = (sku: Sku): boolean => sku.available && sku.stock !== 0;

/** The distinct sizes of a product with whether any SKU of each can still be bought, in page order. */
export function sizesOf(skus: readonly Sku[]): SizeInRun[] {
  const byLabel = new Map<string, SizeInRun>();
  for (const sku of skus) {
    const label = sku.size?.trim();
    if (!label) continue;
    const entry = byLabel.get(label) ?? { label, available: false };
    entry.available ||= isInStock(sku);
    byLabel.set(label, entry);
  }
  return [...byLabel.values()];
}

/** Small to large when every label can be read as a size; the page's own order otherwise. */
function orderRun(sizes: SizeInRun[], hint: SizeHint | undefined): SizeInRun[] {
  const parsed = sizes.map((s) => ({ s, n: parseSize(s.label, hint) }));
  if (parsed.some((p) => p.n === null)) return sizes;
  return parsed.sort((a, b) => compareSizes(a.n as NormalizedSize, b.n as NormalizedSize)).map((p) => p.s);
}

/** The shopper's size for this run: the first profile size that names a size the run has. */
function shopperSize(sizes: SizeInRun[], profile: Partial<Record<SizeHint, string>>, kinds: SizeHint[]) {
  for (const kind of kinds) {
    const label = profile[kind];
    if (!label) continue;
    const mine = parseSize(label, kind);
    const matches = sizes.filter((s) => sameSize(mine, parseSize(s.label, kind)));
    if (matches.length > 0) return { kind, label, matches };
  }
  return null;
}

/**
 * 断码 (seed guide: 衣服只剩不合身的尺码): the shopper's own size is sold out, or, when the profile
 * does not say, only sizes at the ends of the run are left.
 */
export const sizeRun: Rule = ({ snapshot, profile, thresholds, lang }) => {
  const sizes = sizesOf(snapshot.skus);
  if (snapshot.skus.length === 0 && (snapshot.category === 'apparel' || snapshot.category === 'shoes')) {
    // Clothes or shoes, a size of the shopper's to look for, and no option list read from the page.
    const wanted = PROFILE_KINDS[snapshot.category].some((kind) => profile.sizes[kind]);
    return wanted ? unreadFields('size-run', lang, ['skus'], 'missing') : null;
  }
  if (sizes.length < 2) return null;
  const left = sizes.filter((s) => s.available).map((s) => s.label);
  const none = say(lang, '无', 'none');

  const mine = shopperSize(sizes, profile.sizes, PROFILE_KINDS[snapshot.category]);
  if (mine) {
    if (mine.matches.some((s) => s.available)) return null;
    return trap(
      'size-run',
      'danger',
      say(lang, `你的尺码 ${mine.label} 已售罄`, `Your size ${mine.label} is sold out`),
      say(
        lang,
        `断码：你的尺码（${mine.matches.map((s) => s.label).join('/')}）没货了，还剩：${left.length ? list(lang, left) : none}。不合身的尺码再便宜也别买。`,
        `Broken size run: your size (${mine.matches.map((s) => s.label).join('/')}) is gone; left: ${left.length ? list(lang, left) : none}. A size that does not fit is no bargain.`,
      ),
      { yourSize: mine.label, sizeKind: mine.kind, sizesLeft: left.length ? left.join(', ') : 'none', sizesInRun: sizes.length },
    );
  }

  const ends = thresholds.sizeRunEndSizes;
  if (sizes.length < 2 * ends + 1 || left.length === 0) return null;
  const run = orderRun(sizes, snapshot.category === 'shoes' ? 'shoe' : undefined);
  const middle = run.slice(ends, run.length - ends);
  if (middle.some((s) => s.available)) return null;
  const soldOut = run.filter((s) => !s.available).map((s) => s.label);
  return trap(
    'size-run',
    'warn',
    say(lang, '断码：只剩两端尺码', 'Broken size run: only the end sizes left'),
    say(
      lang,
      `中间尺码都卖完了，只剩 ${list(lang, left)}。确认合身再买，别因便宜囤不合适的尺码。`,
      `The middle sizes are sold out; only ${list(lang, left)} remain. Buy only if one of them fits.`,
    ),
    { sizesLeft: left.join(', '), sizesSoldOut: soldOut.join(', '), sizesInRun: sizes.length },
  );
};
