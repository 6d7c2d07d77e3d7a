import type { ProtectRule } from './types';

/**
 * Price-protection rules as sourced data. A rule is here only when a public text states it; what
 * no text we could read states is left out (docs/price-protection.md lists both), and those
 * purchases are watched only when the shopper sets a window for the shop in the options.
 *
 * JD: a summary of JD's help centre for 京东自营 goods gives "一般商品价保期 7 天" without saying
 * whether the days count from the order or from delivery. Counting from the order gives the
 * earlier end, so the extension never calls a claim open after it closed (it may stop early).
 * The "30-30-180" goods' 30 days count from delivery, which we do not read, so that rule is out.
 */
export const PROTECT_RULES: readonly ProtectRule[] = [
  {
    id: 'jd-self-operated-7d',
    site: 'jd',
    name: '京东自营价保 7 天',
    nameEn: 'JD self-operated price protection, 7 days',
    days: 7,
    from: 'order',
    // Only shops JD names as its own: a third-party shop calling itself 自营 is not covered.
    shopPattern: /京东自营/,
    paidPriceNote: '以提交价保时对应的促销价格核算；秒杀商品不支持价保',
    claimUrl: 'https://pcsitepp-fm.jd.com/',
    source:
      '京东帮助中心售后政策摘要 (help.jd.com/user/issue/942-3879.html，2026-08-27 检索，经公开仓库的售后知识文档转述)；价保申请页 pcsitepp-fm.jd.com 见公开的京东价保脚本',
    estimated: true,
  },
];
