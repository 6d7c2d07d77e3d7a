import { launchChromium } from './driver/chromium';
import { coreScenarios } from './scenarios/core';

coreScenarios('Chromium', launchChromium);
