import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import '../../src/ui/base.css';
import '../../src/ui/forms.css';
import '../../src/ui/popup/popup.css';
import '../../src/ui/touch.css';
import { extensionPopupClient } from '../../src/ui/popup/extension-client';
import { PopupApp, routeFromSearch } from '../../src/ui/popup/PopupApp';
import { installTestClock } from '../../src/testing/test-clock';
import { applyTheme } from '../../src/ui/theme';

async function start(): Promise<void> {
  applyTheme();
  if (__RADAR_TEST_HOOKS__) await installTestClock();
  render(<PopupApp client={extensionPopupClient()} initialRoute={routeFromSearch(location.search)} />, document.getElementById('app')!);
}

void start();
