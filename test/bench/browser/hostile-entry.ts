import { TEST_NOW } from '../../clock';
import { interpretReading } from '../../../src/adapters/interpret';
import { jdAdapter } from '../../../src/adapters/jd';
import { readProductInTasks } from '../../../src/adapters/read';
import { schemaOrgAdapter } from '../../../src/adapters/schema-org';
import { taobaoAdapter } from '../../../src/adapters/taobao';
import type { SiteAdapter } from '../../../src/adapters/types';

const ADAPTERS: Record<string, SiteAdapter> = { jd: jdAdapter, taobao: taobaoAdapter, 'schema-org': schemaOrgAdapter };

/**
 * Runs inside Chromium on a hostile page, `runs` times, as the content script reads it: in
 * stages, each its own task there. The slowest stage (the longest task the reading makes), and
 * the slowest interpretation of the reading's texts (the background's part).
 */
(globalThis as unknown as { hostileBench: unknown }).hostileBench = async (site: string, url: string, runs: number) => {
  const page = { doc: document, url: new URL(url), now: new Date(TEST_NOW) };
  let stage = 0;
  let interpret = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const reading = await readProductInTasks(ADAPTERS[site]!, page, async () => {
      stage = Math.max(stage, performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 0));
      t0 = performance.now();
    });
    stage = Math.max(stage, performance.now() - t0);
    const t1 = performance.now();
    interpretReading(reading!);
    interpret = Math.max(interpret, performance.now() - t1);
  }
  return { stage, interpret };
};
