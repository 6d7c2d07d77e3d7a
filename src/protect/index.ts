export { claimOf, reminderDue, roundFen, REMINDER_BEFORE_MS, type Claim } from './claim';
export { PROTECT_RULES } from './rules';
export { insideWindow, protectWindowOf, type WindowResult } from './window';
export type { OrderSite, ProtectRule, ProtectWindow, PurchaseLine, ShopWindowOverride, WindowAnchor } from './types';
export { CLAIM_PAGE_HOSTS, claimPageOf, JD_PRICE_PROTECT_PAGE } from './claim-page';
