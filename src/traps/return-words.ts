/**
 * Words a page uses to refuse returns (不退不换, 清仓不退换, 不支持退货). Adapters collect them with
 * the defect words; the no-returns rule reads these, the defect-goods rule the rest.
 */
export const RETURN_REFUSAL = /不退|不换|不支持.{0,6}退|拒退|no\s+returns?|final\s+sale/i;

/** Words that say the goods themselves are flawed, not merely cleared out. */
export const SERIOUS_DEFECT = /瑕疵|残次|次品|破损|B品|二手|样品|展示品|defect|damaged|refurbished|used/i;
