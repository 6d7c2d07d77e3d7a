// `npm run bench [name…]`: builds the extension (the production build, whose bundles are measured,
// and the test build, whose clock the benchmarks choose), then measures in real Chromium (test/bench/run.ts).
import { spawnSync } from 'node:child_process';

for (const env of [{}, { RADAR_TEST_HOOKS: '1' }]) {
  const build = spawnSync('wxt', ['build'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync('tsx', ['test/bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
