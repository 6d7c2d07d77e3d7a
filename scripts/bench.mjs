// `npm run bench [name…]`: builds the extension, then measures in real Chromium (test/bench/run.ts).
import { spawnSync } from 'node:child_process';

const build = spawnSync('wxt', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('tsx', ['test/bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
