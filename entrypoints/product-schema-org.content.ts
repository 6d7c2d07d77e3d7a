import { schemaOrgAdapter } from '../src/adapters/schema-org';
import { startProductContentScript } from '../src/content/start';

// Registered at run time, only on the shops the shopper has granted (see src/background/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startProductContentScript(schemaOrgAdapter, ctx),
});
