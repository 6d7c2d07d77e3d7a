import { TEST_NOW } from '../../clock';
import { extractWith } from '../../../src/adapters/extract';
import { jdAdapter } from '../../../src/adapters/jd';
import { schemaOrgAdapter } from '../../../src/adapters/schema-org';
import { taobaoAdapter } from '../../../src/adapters/taobao';
import type { SiteAdapter } from '../../../src/adapters/types';

const ADAPTERS: Record<string, SiteAdapter> = { jd: jdAdapter, taobao: taobaoAdapter, 'schema-org': schemaOrgAdapter };

/** Runs inside Chromium on a hostile page: the slowest of `runs` extractions, as the content script reads it. */
(globalThis as unknown as { hostileBench: unknown }).hostileBench = (site: string, url: string, runs: number) => {
  const page = { doc: document, url: new URL(url), now: new Date(TEST_NOW) };
  let worst = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractWith(ADAPTERS[site]!, page);
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
};
