import { tmallAdapter } from '../src/adapters/tmall';
import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { startProductContentScript } from '../src/content/start';

export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.tmall.product),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startProductContentScript(tmallAdapter, ctx),
});
