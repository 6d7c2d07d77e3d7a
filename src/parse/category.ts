/**
 * The kind of product, for the rules that depend on it (near-expiry for food and cosmetics, sizes
 * for apparel and shoes, old-model for electronics). The shop's own category path is the best
 * witness, then the breadcrumbs, then the title; within a path the most specific level wins.
 */
import type { Category } from '../core/types';
import { CATEGORY_RULES, NOISE_WORDS } from './category-keywords';
import { normalizeWidth } from './digits';

export interface CategoryInput {
  categoryPath?: readonly string[];
  breadcrumbs?: readonly string[];
  title?: string | null;
}

/** A Chinese character says about as much as a three-letter word: 手机壳 outweighs iphone. */
function keywordWeight(keyword: string): number {
  let weight = 0;
  for (const ch of keyword) weight += ch.charCodeAt(0) > 0x2e80 ? 3 : 1;
  return weight;
}

/**
 * ASCII keywords match whole words only, so 'tea' is not read in 'steam'. Each matcher is built
 * once: building a RegExp per keyword per text cost more than reading a product page's state.
 */
function keywordMatcher(keyword: string): (text: string) => boolean {
  if (!/^[a-z0-9 -]+$/.test(keyword)) return (text) => text.includes(keyword);
  const whole = new RegExp(`(?<![a-z])${keyword.replace(/[-]/g, '\\-')}s?(?![a-z])`);
  return (text) => text.includes(keyword) && whole.test(text);
}

const KEYWORDS = CATEGORY_RULES.flatMap((rule, order) =>
  rule.keywords.map((keyword) => ({
    matches: keywordMatcher(keyword.toLowerCase()),
    weight: keywordWeight(keyword),
    category: rule.category,
    order,
  })),
);

/** The category of one piece of text, or null when no keyword matches. */
export function matchCategory(text: string): Category | null {
  let t = normalizeWidth(text).toLowerCase();
  for (const noise of NOISE_WORDS) t = t.split(noise).join(' ');
  let best: { category: Category; weight: number; order: number } | null = null;
  for (const { matches, weight, category, order } of KEYWORDS) {
    if (!matches(t)) continue;
    if (!best || weight > best.weight || (weight === best.weight && order < best.order)) {
      best = { category, weight, order };
    }
  }
  return best?.category ?? null;
}

function fromLevels(levels: readonly string[] | undefined): Category | null {
  if (!levels) return null;
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    if (typeof level !== 'string') continue;
    const category = matchCategory(level);
    if (category) return category;
  }
  return null;
}

export function detectCategory(input: CategoryInput): Category {
  return (
    fromLevels(input.categoryPath) ??
    fromLevels(input.breadcrumbs) ??
    (typeof input.title === 'string' ? matchCategory(input.title) : null) ??
    'other'
  );
}
