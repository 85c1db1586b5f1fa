// `npm test`: runs the Node tests (test/node/*.test.mjs, when there are any) and the browser tests
// (@web/test-runner in this process, web-test-runner.config.mjs), then prints, as its very last line,
// `N passed, N failed` (`, N skipped` when there are any) summed over everything, plus one failure
// for each step named in $FAILED_STEPS (.ci/run's steps that failed before the tests).
// Exits non-zero on any failure, or when no test ran.
//
//   npm test                                   everything, in Chromium
//   BROWSERS=chromium,firefox,webkit npm test  in all three engines
//   npm test -- test/core.test.ts              only these files (globs work; .mjs files under test/node run with node --test)
//   npm test -- --group app-host               any other argument goes to wtr (--group: browser tests only)

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { startTestRunner } from '@web/test-runner';
import { root } from '../paths.mjs';

process.chdir(root);

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * Splits the CLI arguments into test files (node and browser) and arguments for wtr.
 * @param {string[]} args
 */
function parseArgs(args) {
  const isFile = (/** @type {string} */ a) => !a.startsWith('-') && (/[/*]/.test(a) || /\.(test\.)?[cm]?[jt]s$/.test(a));
  const files = args.filter(isFile);
  return {
    nodeFiles: files.filter((f) => f.endsWith('.mjs')),
    webFiles: files.filter((f) => !f.endsWith('.mjs')),
    wtrArgs: args.filter((a) => !isFile(a)),
    explicit: files.length > 0,
  };
}

/**
 * `node --test` with the spec reporter, shown as it runs and counted from its closing totals
 * (`ℹ pass N` …).
 * @param {string[]} files
 * @returns {Promise<Counts>}
 */
async function runNodeTests(files) {
  const args = [
    '--test',
    // Exit when the tests are done: @web/dev-server's chokidar watcher can outlive server.stop() on
    // a busy machine (seen: an FSWatcher left open after every test passed, and the run hung).
    '--test-force-exit',
    '--test-reporter=spec',
    ...files,
  ];
  let text = '';
  const code = await new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (exit, signal) => done(exit ?? (signal ? 1 : 0)));
    child.on('error', () => done(1));
  });
  const count = (/** @type {string} */ name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const counts = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
  if (code !== 0 && counts.failed === 0) {
    console.error(`node --test exited with code ${code} without a failing test: counted as one failure`);
    counts.failed = 1;
  }
  return counts;
}

/**
 * Counts the tests of a suite tree.
 * @param {any} suite a TestSuiteResult
 * @param {Counts} counts added to
 */
function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

/**
 * @param {string[]} files only these (all when empty)
 * @param {string[]} wtrArgs
 * @returns {Promise<Counts>}
 */
async function runBrowserTests(files, wtrArgs) {
  if (files.length) process.env.TEST_FILES = files.join(',');
  const runner = await startTestRunner({ argv: wtrArgs, autoExitProcess: false });
  if (!runner) return { passed: 0, failed: 1, skipped: 0 };
  await new Promise((resolve) => runner.on('stopped', resolve));
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of runner.sessions.all()) {
    const before = counts.failed;
    countSuite(session.testResults, counts);
    // A test file that failed without a failing test (did not load, an error outside a test, a timeout).
    if (counts.failed === before && (session.status !== 'FINISHED' || session.passed === false)) counts.failed++;
  }
  return counts;
}

/** @returns {string[]} test/node/*.test.mjs */
function allNodeTestFiles() {
  if (!existsSync('test/node')) return [];
  return readdirSync('test/node')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `test/node/${f}`);
}

// Into a log (CI, a pipe): no terminal control codes. The runner logs its progress as plain lines
// there, but still erases lines around the browsers' console output.
if (!process.stdout.isTTY) {
  const write = process.stdout.write.bind(process.stdout);
  // eslint-disable-next-line no-control-regex
  const controls = /\x1b\[[0-9;]*[A-Za-z]/g;
  process.stdout.write = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) =>
    write(typeof chunk === 'string' ? chunk.replace(controls, '') : chunk, ...rest);
}

const { nodeFiles, webFiles, wtrArgs, explicit } = parseArgs(process.argv.slice(2));
const started = Date.now();
/** @type {Counts} */
const total = { passed: 0, failed: 0, skipped: 0 };
const add = (/** @type {Counts} */ c) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};

// `--group <name>` picks browser tests only; named files pick exactly those.
const groupOnly = wtrArgs.some((a) => a === '--group' || a.startsWith('--group='));
const nodeTests = explicit ? nodeFiles : groupOnly ? [] : allNodeTestFiles();
if (nodeTests.length) add(await runNodeTests(nodeTests));
if (!explicit || webFiles.length) add(await runBrowserTests(webFiles, wtrArgs));
const failedSteps = (process.env.FAILED_STEPS ?? '').split(' ').filter(Boolean);
if (failedSteps.length) {
  console.log(`Failed before the tests: ${failedSteps.join(', ')} (one failure each).`);
  total.failed += failedSteps.length;
}

console.log(`(all tests in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (total.passed + total.failed === 0) console.log('No test ran.');
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 || total.passed + total.failed === 0 ? 1 : 0);
