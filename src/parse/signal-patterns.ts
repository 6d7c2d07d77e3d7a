/**
 * The phrases pressure tactics and disclosures use on shop pages, as data for signals.ts. The
 * pressure phrases are the ones the merchant-side article in reference/ recommends (仅剩N件,
 * 价格24小时后恢复, 87%的用户换购了) and those catalogued by Mathur et al. 2019.
 */

export const LOW_STOCK_PATTERNS: readonly RegExp[] = [
  /(?:仅剩|只剩|剩余|仅余|最后|库存仅剩|库存仅|剩余库存|仅剩库存|限量)\s*:?\s*\d+\s*(?:件|个|份|双|台|套|瓶|盒|单)/,
  /库存紧张|库存不足|库存告急|即将售罄|仅剩少量|少量库存|库存有限|数量有限|手慢无|即将抢光|最后机会|最后一件/,
  /only\s+\d+\s+left(?:\s+in\s+stock)?|low\s+stock|almost\s+gone|selling\s+fast|last\s+\d+\s+items?|limited\s+stock/i,
];

export const COUNTDOWN_PATTERNS: readonly RegExp[] = [
  /距(?:离)?(?:本场|活动|秒杀|优惠|促销|结束|开始)?(?:结束|开始|恢复原价|涨价)?(?:还剩|仅剩|还有|剩余)?\s*:?\s*(?:\d+\s*天\s*)?\d{1,2}\s*[:时]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}\s*秒?)?/,
  /价格\s*\d+\s*(?:小时|天|分钟)\s*后\s*恢复(?:原价)?/,
  /(?<!\d)\d+\s*(?:小时|天|分钟)\s*后\s*(?:恢复原价|恢复|涨价|结束)/,
  /限时.{0,20}?后\s*恢复(?:原价)?/,
  /\d{1,2}:\d{2}:\d{2}\s*后\s*(?:结束|恢复|涨价)/,
  /倒计时\s*:?\s*(?:\d+\s*天\s*)?\d{1,2}\s*[:时]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}\s*秒?)?/,
  /(?:sale\s+)?ends?\s+in\s*:?\s*(?:\d+\s*(?:d|days?)\s*)?\d{1,2}\s*(?::|h)\s*\d{2}(?:\s*(?::|m)\s*\d{2}s?)?/i,
  /(?:专属\s*)?(?:优惠券?|券|红包|权益|活动|特价|折扣|价格|福利)\s*即将\s*(?:失效|过期|结束|恢复原价|恢复|涨价|截止)/,
  /offer\s+ends\s+(?:today|tonight|soon)/i,
  // Loss framing (the returns article's 损失提示): no deadline, only the threat of losing something.
  /(?:您|你)?\s*(?:已|将)?\s*放弃了?\s*(?:价值\s*[¥]?\s*\d+(?:\.\d+)?\s*元?\s*的?)?\s*(?:专属)?\s*(?:权益|优惠|福利|礼包|红包)/,
  /(?:your\s+)?(?:exclusive\s+)?(?:offer|discount|deal|coupon|perks?|benefits?)\s+(?:is\s+|are\s+)?(?:about\s+to\s+|will\s+soon\s+)?expir(?:es|ing|e)(?:\s+soon)?/i,
  /you(?:'re|\s+are|\s+will)?\s+(?:about\s+to\s+)?(?:lose|losing|give\s+up|giving\s+up|forfeit)\s+(?:your\s+)?(?:exclusive\s+)?(?:perks?|benefits?|discount|rewards?)(?:\s+worth\s+[$¥€£]?\s*\d+(?:\.\d+)?)?/i,
];

/** Words that, standing right before a return-policy phrase, turn it into a refusal. */
export const NO_RETURNS_PATTERN =
  /(?:不支持|不可|不享受|不提供|不适用|无法|不能)\s*(?:7|七)\s*天\s*无理由|(?:7|七)\s*天\s*无理由\s*(?:退换货|退货|退换)?\s*[:]?\s*不支持|不支持无理由退(?:换)?货|不支持退换货?/;
/** Opening, activating or using the goods: the acts after which returns may be refused. */
const OPENING_ACT = String.raw`(?:拆封|开封|激活|使用|拆包|撕膜|拆开)`;
/**
 * "Once opened" as pages write it: 拆封后, 定制后, 已拆封, 已拆封、已激活, 已拆封的(商品). 已拆封
 * alone states the goods' condition; it is a condition of return only when a refusal follows.
 */
const ONCE_OPENED = String.raw`(?:(?:${OPENING_ACT}|定制)\s*后|(?:已|一经|一旦)\s*${OPENING_ACT}(?:\s*[、/或和及]\s*已?\s*${OPENING_ACT})*\s*的?\s*(?:商品|产品)?)`;
const REFUSAL_WORD = String.raw`(?:不支持|不可|不享受|不提供|不适用|无法|不能|不予|恕不)`;
/** A refusal that only applies once the goods are opened or used: the statutory exception, not a refusal. */
export const CONDITIONAL_REFUSAL = new RegExp(`${ONCE_OPENED}\\s*,?\\s*${REFUSAL_WORD}`, 'g');
export const RETURNS_PATTERN = /(?:(?<!\d)\d+|七|十五|三十)\s*天\s*无理由|无理由退(?:换)?货|(?<!\d)\d+[- ]day\s+(?:free\s+)?returns?/i;

export interface DefectWord {
  /** The word reported to the shopper. */
  word: string;
  pattern: RegExp;
}

/** Negations that cancel a defect word right before it: 无瑕疵, 非二手, 全新未拆封, not defective. */
export const DEFECT_NEGATION = /(?:无|非|未|勿|不|没有|不是|绝非|拒绝|杜绝|绝无|并非|禁止|严禁|(?<![a-z])(?:not|non|never|no)[\s-]*)\s*$/i;
/** How far before a defect word a negation may start: "never " is the longest. */
export const DEFECT_NEGATION_REACH = 6;

/**
 * 拆封 right before a refusal (拆封后不支持, 拆封不退, 已拆封商品不支持, 已拆封、已激活不支持) states
 * a return condition, not an opened item; 拆封品 and 拆封, 功能完好 are the item itself.
 */
const OPENED_AS_CONDITION = String.raw`\s*(?:后|即|将|则)|(?:\s*[、/或和及]\s*已?\s*${OPENING_ACT})*\s*的?\s*(?:商品|产品)?\s*,?\s*(?:${REFUSAL_WORD}|不退|概不)`;

export const DEFECT_WORDS: readonly DefectWord[] = [
  { word: '清仓不退换', pattern: /清仓\s*(?:商品)?\s*不退(?:不)?换/g },
  { word: '不退不换', pattern: /不退不换|不退换|不予退换|概不退换/g },
  { word: '瑕疵', pattern: /瑕疵|微瑕/g },
  { word: '残次', pattern: /残次|次品|残品/g },
  { word: '清仓', pattern: /清仓/g },
  { word: '样品', pattern: /样品|样衣/g },
  { word: '拆封', pattern: new RegExp(`拆封(?!${OPENED_AS_CONDITION})`, 'g') },
  { word: '展示机', pattern: /展示机|展示品|展机|样机|陈列品/g },
  { word: '二手', pattern: /二手|99新|95新|9成新|九成新/g },
  { word: '翻新', pattern: /官翻|翻新/g },
  { word: '尾货', pattern: /库存尾货|尾货|尾单/g },
  { word: '处理品', pattern: /处理品|特价处理|瑕疵处理/g },
  { word: '包装破损', pattern: /(?:外)?包装(?:有)?破损|盒损|压痕/g },
  { word: '临期', pattern: /临期/g },
  { word: 'refurbished', pattern: /refurbished|renewed|open[\s-]box|pre-owned|ex-display/gi },
  // Refusals in English, the counterpart of 不退不换: the no-returns rule reads them, not defect-goods.
  {
    word: 'no returns',
    pattern: /no\s+returns?(?:\s+or\s+exchanges?)?|non[\s-]?returnable|not\s+returnable|all\s+sales?\s+(?:are\s+)?final|final\s+sale/gi,
  },
  { word: 'defective', pattern: /defective|sold\s+as[\s-]is|(?<![a-z])as-is(?![a-z])|damaged\s+(?:box|packaging)/gi },
];

export const SOCIAL_PROOF_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])\d+(?:\.\d+)?\s*%\s*的?(?:用户|顾客|买家|人|消费者)(?:都)?(?:选择|购买|换购|回购|复购|推荐|好评|买了)了?/,
  /(?:已有|超|超过|近)?\s*(?<![\d.])\d+(?:\.\d+)?\s*[万千]?\+?\s*(?:人|位)(?:已买|已购|购买|付款|已付款|已拼|加购|想要|正在看|在看|正在浏览|收藏|已?复购|已?回购|已?换购|种草|抢购)/,
  /(?:已拼|已售|已抢|月销|年销|累计销量|总销量)\s*\d+(?:\.\d+)?\s*[万千]?\+?\s*(?:件|笔|单)?/,
  /回头客\s*\d+(?:\.\d+)?\s*[万千]?\+?|(?<![\d.])\d+(?:\.\d+)?\s*[万千]?\+?\s*回头客/,
  /(?<![\d.])\d+(?:\.\d+)?\s*%\s+of\s+(?:customers|shoppers|buyers|users|people)\s+(?:switched|upgraded|chose|bought|recommend)/i,
  /(?<![\d.])\d+(?:\.\d+)?\s*[kK万]?\+?\s*bought\s+in\s+(?:the\s+)?past\s+\w+|(?<!\d)\d+\s+people\s+(?:are\s+)?(?:viewing|looking|have\s+this\s+in\s+their\s+carts?)|(?<!\d)\d+[kK]?\+?\s+sold/i,
];

export const RELEASE_LABEL =
  /上市时间|上市日期|上市年月|发布时间|发布日期|首发时间|首发日期|release\s+date|date\s+first\s+available|launch\s+date/gi;

/**
 * What makes a line an upgrade pushed at the shopper: 换购, 同款升级, 升级款 (the returns article's
 * 同类商品升级推荐), "upgrade to", "customers switched to".
 */
export const UPSELL_CUE =
  /换购|同款升级|升级(?:款|版|推荐|选购|购买)|加\s*\d+(?:\.\d+)?\s*元\s*升级|upgrade\s+(?:to|pick|option)|(?:customers|shoppers|buyers)\s+(?:also\s+)?(?:switched|upgraded)|(?:switched|upgraded)\s+to\s+this/i;
export const UPSELL_CUES = new RegExp(UPSELL_CUE.source, 'gi');
/**
 * Add-on offers (加价购: "满99元另加9.9元换购"), trade-ins and bundles: the price they show is not a
 * dearer alternative to the product.
 */
export const NOT_UPSELL = /加价购|另加|满\s*\d+|以旧换新|trade[\s-]?in|add[\s-]?on/i;
/** One price in an offer line: ¥239, 239元, $29.99. */
export const OFFER_PRICE = /(?:[¥￥$€£]|RMB|CNY)\s*\d+(?:,\d{3})*(?:\.\d{1,2})?|(?<![\d.])\d+(?:\.\d{1,2})?\s*元/gi;
/** The tags pressure tactics hang on an upgrade (the article's 明星同款 and "x%的用户换购了"). */
export const UPSELL_TAGS: readonly RegExp[] = [
  /明星同款|明星推荐|网红同款|网红款|爆款|热销|人气王?|断货王|销量冠军|回头客\s*\d+(?:\.\d+)?\s*[万千]?\+?/g,
  /(?<![\d.])\d+(?:\.\d+)?\s*%\s*的?(?:用户|顾客|买家|人|消费者)(?:都)?(?:选择|购买|换购|回购|复购|推荐|买了)了?/g,
  /(?<![\d.])\d+(?:\.\d+)?\s*[万千]?\+?\s*(?:人|位)已?(?:换购|回购|复购)/g,
  /best[\s-]?seller|celebrity\s+pick|as\s+seen\s+on\s+\w+/gi,
  /(?<![\d.])\d+(?:\.\d+)?\s*%\s+of\s+(?:customers|shoppers|buyers|users|people)\s+(?:switched|upgraded|chose|bought)/gi,
];
