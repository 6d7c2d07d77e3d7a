import { render } from 'preact';
import '../../src/ui/base.css';
import '../../src/ui/forms.css';
import '../../src/ui/options/options.css';
import { extensionOptionsClient } from '../../src/ui/options/extension-client';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { applyTheme } from '../../src/ui/theme';

applyTheme();
render(<OptionsApp client={extensionOptionsClient()} />, document.getElementById('app')!);
