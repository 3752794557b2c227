// Runs the browser tests (node --test over *.test.mjs), after checking that what they need is
// here, so a missing piece is reported as such rather than as a test that cannot start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
// As in lib/harness.mjs (which cannot be loaded without playwright-core).
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

const missing = [];
if (!existsSync(new URL('./node_modules/playwright-core/package.json', import.meta.url))) {
  missing.push('playwright-core is not installed in tests/browser/node_modules: run `npm ci` there ' +
    '(scripts/setup.sh --for-tests does; it needs the npm registry).');
}
if (!existsSync(CHROMIUM)) {
  missing.push(`Chromium is not at ${CHROMIUM}: install Debian's chromium package ` +
    '(scripts/setup.sh --for-tests does), or set CHROMIUM_BIN.');
}
if (missing.length) {
  for (const line of missing) console.error(`browser tests: ${line}`);
  process.exit(1);
}
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.test.mjs')).sort();
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
