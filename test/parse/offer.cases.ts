/** Promotion phrasings from JD, Taobao/Tmall and Pinduoduo item and cart pages. */
import type { Offer } from '../../src/core/types';

const man = (threshold: number, discount: number): Offer => ({ kind: 'threshold', threshold, discount, repeat: false });
const meiMan = (threshold: number, discount: number): Offer => ({ kind: 'threshold', threshold, discount, repeat: true });
const coupon = (amount: number, threshold: number | null = null): Offer => ({ kind: 'coupon', amount, threshold });
const zhe = (minQuantity: number, percentOff: number): Offer => ({ kind: 'percent', minQuantity, percentOff });

export const OFFER_CASES: ReadonlyArray<readonly [string, readonly Offer[]]> = [
  // 满减
  ['满300减40', [man(300, 40)]],
  ['满 300 减 30', [man(300, 30)]],
  ['满199元减20元', [man(199, 20)]],
  ['满¥199减¥20', [man(199, 20)]],
  ['满199立减20', [man(199, 20)]],
  ['满2000减200', [man(2000, 200)]],
  ['满1,000减100', [man(1000, 100)]],
  ['本店满200减20', [man(200, 20)]],
  ['满300-40', [man(300, 40)]],
  ['满减 300-40', [man(300, 40)]],
  ['满199减20，满299减40', [man(199, 20), man(299, 40)]],
  ['满99减10;满199减30;满299减50', [man(99, 10), man(199, 30), man(299, 50)]],
  ['满３００减４０', [man(300, 40)]],
  // JD's own wording: a comma, 可减, 现金
  ['满199元，可减20元', [man(199, 20)]],
  ['满299元减30元，满599元减80元', [man(299, 30), man(599, 80)]],
  ['满299元，可减30元；满599元，可减80元', [man(299, 30), man(599, 80)]],
  // 每满减, 跨店满减
  ['每满300减40', [meiMan(300, 40)]],
  ['每满300减30', [meiMan(300, 30)]],
  ['跨店满减 每满300减40', [meiMan(300, 40)]],
  ['跨店每满300减30，7月31日24点结束', [meiMan(300, 30)]],
  ['每满300减30┊跨店', [meiMan(300, 30)]],
  ['跨店每满300减80', [meiMan(300, 80)]],
  ['每满200元减20元', [meiMan(200, 20)]],
  ['每300减40', [meiMan(300, 40)]],
  ['每满199元，可减20元现金', [meiMan(199, 20)]],
  ['满减 每满199元，可减20元现金', [meiMan(199, 20)]],
  ['每满199元，可减20元现金，最多可减200元', [meiMan(199, 20)]],
  ['满减：每300-50', [meiMan(300, 50)]],
  ['优惠券：满400减50,满减：每满300减30', [coupon(50, 400), meiMan(300, 30)]],
  // Quantity discounts
  ['满2件9折', [zhe(2, 10)]],
  ['满3件8.5折', [zhe(3, 15)]],
  ['满2件打9折', [zhe(2, 10)]],
  ['满2件享8折', [zhe(2, 20)]],
  ['2件8折', [zhe(2, 20)]],
  ['任选3件7折', [zhe(3, 30)]],
  ['满两件9折', [zhe(2, 10)]],
  ['满二件95折', [zhe(2, 5)]],
  ['2件9折 3件8折', [zhe(2, 10), zhe(3, 20)]],
  // JD's 多买优惠 wording puts the total price between the count and the discount
  ['满2件，总价打9折', [zhe(2, 10)]],
  ['满2件，总价打8.50折', [zhe(2, 15)]],
  ['满2件，总价打9折；满3件，总价打8折', [zhe(2, 10), zhe(3, 20)]],
  ['第二件半价', [zhe(2, 25)]],
  ['第2件半价', [zhe(2, 25)]],
  ['买一送一', [zhe(2, 50)]],
  ['全场9折', [zhe(1, 10)]],
  ['店铺会员专享95折', [zhe(1, 5)]],
  ['8.8折', [zhe(1, 12)]],
  ['5折', [zhe(1, 50)]],
  // Coupons
  ['20元券', [coupon(20)]],
  ['5元券', [coupon(5)]],
  ['10元无门槛券', [coupon(10)]],
  ['无门槛券5元', [coupon(5)]],
  ['5-10 元无门槛券', [coupon(5)]],
  ['领券立减20元', [coupon(20)]],
  ['¥20 满199可用', [coupon(20, 199)]],
  ['￥10 满99元可用', [coupon(10, 99)]],
  ['20元店铺券 满199元可用', [coupon(20, 199)]],
  ['20元券(满199可用)', [coupon(20, 199)]],
  ['满199元可用 20元券', [coupon(20, 199)]],
  ['满99使用 10元', [coupon(10, 99)]],
  ['店铺券 满199减20', [coupon(20, 199)]],
  ['店铺券满1000减50', [coupon(50, 1000)]],
  ['平台券满300减30', [coupon(30, 300)]],
  ['店铺优惠券：满99元减10元', [coupon(10, 99)]],
  ['领券满199减20', [coupon(20, 199)]],
  ['满399-100券', [coupon(100, 399)]],
  ['满100减10券', [coupon(10, 100)]],
  // Mixed blocks as a promotion panel shows them
  ['店铺券 满199减20 满2件9折 每满300减40', [coupon(20, 199), zhe(2, 10), meiMan(300, 40)]],
  ['促销 满减 满299减30 | 多买优惠 满2件享9折', [man(299, 30), zhe(2, 10)]],
];

/** Phrases with no offer the snapshot can hold, or none at all. */
export const NOT_OFFERS: readonly string[] = [
  '',
  '折扣',
  '不打折',
  '满100减200',
  '满0减0',
  '满2件减10元',
  '满2件，总价减10元',
  '限时直降100元',
  '超级立减3.47元',
  '包邮',
  '满99包邮',
  '退货包运费',
  '¥199.00',
  '已售 2000+',
  '0折',
  '10折',
  '满300元',
  '优惠券',
];
