import { render } from 'preact';
import '../../src/ui/base.css';
import '../../src/ui/forms.css';
import '../../src/ui/options/options.css';
import '../../src/ui/touch.css';
import { extensionOptionsClient } from '../../src/ui/options/extension-client';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { installTestClock } from '../../src/testing/test-clock';
import { applyTheme } from '../../src/ui/theme';

async function start(): Promise<void> {
  applyTheme();
  if (__RADAR_TEST_HOOKS__) await installTestClock();
  render(<OptionsApp client={extensionOptionsClient()} />, document.getElementById('app')!);
}

void start();
