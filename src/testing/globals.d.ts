/** Set by wxt.config.ts: true only in test and demo builds (RADAR_TEST_HOOKS=1). */
declare const __RADAR_TEST_HOOKS__: boolean;
