import { launchFirefox } from './driver/firefox';
import { priceProtectScenarios } from './scenarios/price-protect';

priceProtectScenarios('Firefox', launchFirefox);
