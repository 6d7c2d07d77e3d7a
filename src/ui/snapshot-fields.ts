import type { SnapshotField } from '../core/types';
import type { CommonKey } from './i18n-core';

/** A snapshot field as the shopper calls it. */
export const FIELD_LABEL: Readonly<Record<SnapshotField, CommonKey>> = {
  price: 'fieldPrice',
  listPrice: 'fieldListPrice',
  couponPrice: 'fieldCouponPrice',
  skus: 'fieldSkus',
  expiry: 'fieldExpiry',
  offers: 'fieldOffers',
  signals: 'fieldSignals',
  title: 'fieldTitle',
  category: 'fieldCategory',
};
