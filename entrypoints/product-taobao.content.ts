import { taobaoAdapter } from '../src/adapters/taobao';
import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { startProductContentScript } from '../src/content/start';

export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.taobao.product),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startProductContentScript(taobaoAdapter, ctx),
});
