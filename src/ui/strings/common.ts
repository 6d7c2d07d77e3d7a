/**
 * The strings the in-page panel needs as well as the popup: the verdict, the traps and the panel's
 * own buttons. Kept apart so the content script carries these and not every page's text.
 */

/** A phrase is plain text, or plural forms picked by the `n` parameter. */
export type Phrase = string | { one: string; other: string };

export const zhCommon = {
  appName: '返场雷达',
  verdictBuyNow: '现在买',
  verdictFineToWait: '可以等',
  verdictSkip: '别买',
  verdictPending: '还没有结论',
  noTraps: '没有陷阱',
  trapCount: '{n} 个陷阱',
  trapsHeading: '陷阱',
  trapsNone: '没有发现陷阱。价格和库存都正常。',
  severityDanger: '严重',
  severityWarn: '注意',
  severityInfo: '提示',
  severityGood: '利好',
  evidence: '依据',
  daysCount: '{n} 天',
  hoursCount: '{n} 小时',
  monthsCount: '{n} 个月',
  panelShow: '展开详情',
  panelHide: '收起',
  panelDismiss: '在这个网站隐藏',
} satisfies Record<string, Phrase>;

export type CommonKey = keyof typeof zhCommon;

export const enCommon: Record<CommonKey, Phrase> = {
  appName: 'Fanchang Radar',
  verdictBuyNow: 'Buy now',
  verdictFineToWait: 'Fine to wait',
  verdictSkip: 'Skip',
  verdictPending: 'No verdict yet',
  noTraps: 'No traps',
  trapCount: { one: '{n} trap', other: '{n} traps' },
  trapsHeading: 'Traps',
  trapsNone: 'No traps found. Price and stock look normal.',
  severityDanger: 'Serious',
  severityWarn: 'Caution',
  severityInfo: 'Note',
  severityGood: 'Good news',
  evidence: 'Evidence',
  daysCount: { one: '{n} day', other: '{n} days' },
  hoursCount: { one: '{n} hour', other: '{n} hours' },
  monthsCount: { one: '{n} month', other: '{n} months' },
  panelShow: 'Show details',
  panelHide: 'Hide',
  panelDismiss: 'Hide on this site',
};
