import { jdAdapter } from '../src/adapters/jd';
import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { startProductContentScript } from '../src/content/start';

export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.jd.product),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startProductContentScript(jdAdapter, ctx),
});
