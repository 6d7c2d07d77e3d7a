export { parsePrice, DEFAULT_CURRENCY, type ParsedPrice } from './price';
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
