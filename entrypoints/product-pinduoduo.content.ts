import { pinduoduoAdapter } from '../src/adapters/pinduoduo';
import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { startProductContentScript } from '../src/content/start';

export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.pinduoduo.product),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startProductContentScript(pinduoduoAdapter, ctx),
});
