import { launchFirefox } from './driver/firefox';
import { coreScenarios } from './scenarios/core';

coreScenarios('Firefox', launchFirefox);
