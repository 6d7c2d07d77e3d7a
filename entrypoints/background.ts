import { startBackground } from '../src/background';
import { installTestClock } from '../src/testing/test-clock';

export default defineBackground({
  type: 'module',
  main() {
    if (__RADAR_TEST_HOOKS__) void installTestClock();
    startBackground();
  },
});
