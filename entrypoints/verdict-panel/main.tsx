import '../../src/ui/base.css';
import '../../src/ui/panel/panel.css';
import '../../src/ui/panel/frame.css';
import { startPanelFrame } from '../../src/ui/panel/panel-frame';
import { installTestClock } from '../../src/testing/test-clock';

async function start(): Promise<void> {
  if (__RADAR_TEST_HOOKS__) await installTestClock();
  startPanelFrame(document.getElementById('app')!);
}

void start();
