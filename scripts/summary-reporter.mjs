// A @web/test-runner reporter that, when the run stops, counts every test over every browser and file
// and writes the totals as JSON to $SUMMARY_FILE (default .cache/wtr-summary.json). It prints nothing:
// scripts/test.mjs reads the file and prints the closing `N passed, N failed` line.
//
// A session (one test file in one browser) that failed without a failing test (the file did not load,
// an error outside a test, a timeout) counts as one failure.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { root, summaryFile } from './paths.mjs';

/**
 * @typedef {object} Counts
 * @property {number} passed
 * @property {number} failed
 * @property {number} skipped
 */

/**
 * @typedef {object} SessionSummary
 * @property {string} file test file, relative to the project root
 * @property {string} browser
 * @property {string} group
 * @property {number} passed
 * @property {number} failed
 * @property {number} skipped
 * @property {string[]} errors session-level errors (load failures, timeouts …)
 */

/**
 * @typedef {Counts & { sessions: SessionSummary[], durationMs: number }} Summary
 */

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
 * Summarizes one session (a test file in a browser).
 * @param {any} session a TestSession
 * @returns {SessionSummary}
 */
function summarizeSession(session) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  countSuite(session.testResults, counts);
  const finished = session.status === 'FINISHED';
  if ((!finished || session.passed === false) && counts.failed === 0) counts.failed = 1;
  return {
    file: relative(root, session.testFile),
    browser: session.browser?.name ?? 'unknown',
    group: session.group?.name ?? 'default',
    ...counts,
    errors: (session.errors ?? []).map((/** @type {any} */ e) => String(e?.message ?? e)),
  };
}

/**
 * The reporter.
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryReporter() {
  let startTime = Date.now();
  return {
    start(args) {
      startTime = args.startTime ?? Date.now();
    },
    stop({ sessions }) {
      const summaries = sessions.map(summarizeSession);
      /** @type {Summary} */
      const summary = {
        passed: summaries.reduce((n, s) => n + s.passed, 0),
        failed: summaries.reduce((n, s) => n + s.failed, 0),
        skipped: summaries.reduce((n, s) => n + s.skipped, 0),
        durationMs: Date.now() - startTime,
        sessions: summaries,
      };
      const file = summaryFile();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    },
  };
}
