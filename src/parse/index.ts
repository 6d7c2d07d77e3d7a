/**
 * Text parsers for shop pages: prices, shelf life and dates, sizes, offers, categories and page
 * signals. Pure functions that never throw: what they cannot read is null (or an empty list).
 */
export { parsePrice, DEFAULT_CURRENCY, type ParsedPrice } from './price';
export { decodeEntities } from './entities';
export { parseDate, findDates, compareDates, formatDate, type FoundDate } from './date';
export { normalizeDigits, normalizeWidth, parseSmallNumber } from './digits';
export { parseExpiry } from './expiry';
export {
  parseSize,
  sameSize,
  compareSizes,
  normalizeProfileSize,
  LETTER_RANKS,
  type NormalizedSize,
  type SizeHint,
  type SizeSystem,
  type BodyType,
} from './size';
export { parseOffer, parseOffers, OFFER_PATTERNS } from './offer';
export { detectCategory, matchCategory, type CategoryInput } from './category';
export { CATEGORY_RULES, NOISE_WORDS, type CategoryRule } from './category-keywords';
export {
  findLowStockText,
  findCountdownText,
  findReturnPolicy,
  findDefectWords,
  findSocialProofText,
  findUpsellOffers,
  parseReleaseDate,
  readPageSignals,
} from './signals';
export { readSocialClaim, claimsOnPage, type SocialClaim, type SocialClaimKind, type PageClaim } from './social-proof';
