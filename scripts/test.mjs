// `npm test`: lint and format check, type check, unit tests, Chrome and Firefox builds (web-ext
// lint: no errors, no warnings), the test builds, then the end-to-end tests in real Chromium and
// the shared scenarios in Firefox ESR. Ends with one summary line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return status === 0;
}

function vitest(project) {
  const output = `${results}/${project}.json`;
  const ok = run(`${project} tests`, 'vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!ok && report.numFailedTests === 0) failed += 1; // a suite that failed to load
  } catch {
    failed += 1;
  }
  return ok;
}

function finish(ok, reason) {
  if (reason) {
    // A failed step (type check, build, lint) counts as a failure, so the summary never reads green.
    failed += 1;
    console.log(`\n✖ ${reason}`);
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

if (!run('lint', 'eslint', ['.'])) finish(false, 'the linter found problems (npm run lint)');
if (!run('format check', 'prettier', ['--check', '.', '--log-level', 'warn'])) finish(false, 'files are not formatted (npm run format)');
if (!run('type check', 'tsc', ['--noEmit', '-p', '.'])) finish(false, 'the type check failed');
const unitOk = vitest('unit');
if (!run('build (chrome-mv3)', 'wxt', ['build'])) finish(false, 'the Chrome build failed');
if (!run('test build (chrome-mv3, with test hooks)', 'wxt', ['build'], { RADAR_TEST_HOOKS: '1' }))
  finish(false, 'the Chrome test build failed');
if (!run('build (firefox)', 'wxt', ['build', '-b', 'firefox'])) finish(false, 'the Firefox build failed');
if (
  !run('web-ext lint (firefox)', 'web-ext', [
    'lint',
    '--source-dir',
    `${process.env.WXT_OUT_DIR ?? '.output'}/firefox-mv3`,
    '--no-input',
    // As addons.mozilla.org lints it (no --self-hosted), and a warning fails like an error.
    '--warnings-as-errors',
  ])
)
  finish(false, 'web-ext lint found errors or warnings in the Firefox build');
if (!run('test build (firefox-mv3, with test hooks)', 'wxt', ['build', '-b', 'firefox'], { RADAR_TEST_HOOKS: '1' }))
  finish(false, 'the Firefox test build failed');
const e2eOk = vitest('e2e');
const firefoxOk = vitest('firefox');
finish(unitOk && e2eOk && firefoxOk);
