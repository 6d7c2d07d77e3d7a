export { parsePrice, DEFAULT_CURRENCY, type ParsedPrice } from './price';
export { parseDate, findDates, compareDates, formatDate, type FoundDate } from './date';
export { normalizeDigits, normalizeWidth, parseSmallNumber } from './digits';
export { parseExpiry } from './expiry';
