// `npm run demo`: builds the extension, starts the fixture shop and opens Chromium with the
// extension on a demo product. With a display: a normal window to explore. Without one: a
// scripted headless tour that writes demo-output/tour.json and PNG screenshots.
import { spawnSync } from 'node:child_process';

const build = spawnSync('wxt', ['build'], { stdio: 'inherit', env: { ...process.env, RADAR_TEST_HOOKS: '1' } });
if (build.status !== 0) {
  console.error('The extension did not build; see the errors above.');
  process.exit(build.status ?? 1);
}
const run = spawnSync('tsx', ['scripts/demo/main.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
