// @web/test-runner configuration. `npm test` (tools/test/test.mjs) runs it; so does a plain `npx wtr`.
//
//   BROWSERS=chromium,firefox,webkit   browsers to run (default chromium)
//   TEST_FILES=a.test.ts,…             run only these files/globs (tools/test/test.mjs sets it from its arguments)
//   WTR_PAGES=n                        test pages at once per browser (default: one per core, at most 4)
//
// Files named *.app-host.test.ts run in the group "app-host": as a top-level page on
// http://app.example.test:<port>/ (each browser maps that name to 127.0.0.1), so cookie tests can use
// the parent domain example.test. Every other *.test.ts file runs on http://localhost:<port>/.
// test/frameworks/ tests load apps bundled from the frameworks' packages at /__apps/<name>.js
// (tools/test/framework-apps.mjs).

import { availableParallelism } from 'node:os';
import { findBrowser, findWebKit } from './tools/test/find-browser.mjs';
import { frameworkAppsPlugin } from './tools/test/framework-apps.mjs';
import { chromiumLauncher, firefoxLauncher, onHost } from './tools/test/launchers.mjs';
import { webkitLauncher } from './tools/test/webkit.mjs';
import { cspMiddleware } from './tools/server/csp.mjs';
import { delayMiddleware } from './tools/server/delay.mjs';
import { emulatorSetup } from './tools/server/emulator-plugin.mjs';
import { typescriptPlugin } from './tools/server/typescript.mjs';
import { cdnBundleMiddleware } from './tools/test/cdn-bundle.mjs';
import { trustedTypesMiddleware } from './tools/test/trusted-types.mjs';

const APP_HOST = 'app.example.test';
const ALL_FILES = 'test/**/*.test.ts';
const APP_HOST_FILES = 'test/**/*.app-host.test.ts';

/**
 * Test pages at once, over all browsers: one per core. Each page is a browser's renderer plus the
 * test server's work for it; more pages than cores starve them all (measured on 2 cores: two
 * browsers at once with two pages each kept the load average between 5 and 15, and tests timed out).
 * A browser gets at most 4 of them (more gains little), so a machine with more cores runs browsers
 * side by side: 2 cores, one browser at a time with 2 pages; 8 cores, two browsers with 4 each.
 */
const CORES = availableParallelism();
const PAGES = Number(process.env.WTR_PAGES) || Math.min(CORES, 4);
const BROWSERS_AT_ONCE = Math.max(1, Math.floor(CORES / PAGES));

const KINDS = /** @type {const} */ (['chromium', 'firefox', 'webkit']);
/** @typedef {(typeof KINDS)[number]} Kind */

/** @returns {Kind[]} */
function browserKinds() {
  const kinds = (process.env.BROWSERS || 'chromium')
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  for (const kind of kinds) {
    if (!KINDS.includes(/** @type {Kind} */ (kind))) {
      throw new Error(`BROWSERS: unknown browser "${kind}" (use ${KINDS.join(', ')}, comma separated)`);
    }
  }
  return /** @type {Kind[]} */ ([...new Set(kinds)]);
}

/**
 * A launcher of `pages` test pages at once. Firefox gets a process per page (one window of a
 * Firefox process has focus) and WebKit a driver and browser per page; Chromium's windows all have focus.
 * @param {Kind} kind
 * @param {number} pages
 */
async function launcherFor(kind, pages) {
  if (kind === 'webkit') return webkitLauncher(await findWebKit(), pages);
  const path = await findBrowser(kind);
  return kind === 'chromium' ? chromiumLauncher(path, pages) : firefoxLauncher(path, pages);
}

/**
 * Root files and app-host group files: all of them, or only those named in TEST_FILES (comma
 * separated files or globs; a glob runs the non-app-host files it matches: name app-host files
 * explicitly, or run `npm test -- --group app-host`).
 * @returns {{ files: string[] | undefined, appHostFiles: string[] }}
 */
function testFiles() {
  const only = (process.env.TEST_FILES ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (only.length === 0) return { files: [ALL_FILES, `!${APP_HOST_FILES}`], appHostFiles: [APP_HOST_FILES] };
  const isAppHost = (/** @type {string} */ f) => f.endsWith('.app-host.test.ts');
  const rest = only.filter((f) => !isAppHost(f));
  return { files: rest.length ? [...rest, `!${APP_HOST_FILES}`] : undefined, appHostFiles: only.filter(isAppHost) };
}

const { files, appHostFiles } = testFiles();
/** Whether test/frameworks/ files are in this run (their apps are built before any browser starts). */
const runsFrameworkTests = !files || files.some((f) => f === ALL_FILES || f.includes('frameworks'));
const kinds = browserKinds();
const emulator = emulatorSetup({ crossOrigin: true });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files,
  // The group gets browser processes of its own: a launcher is stopped when its group is done.
  groups: appHostFiles.length
    ? [
        {
          name: 'app-host',
          files: appHostFiles,
          browsers: await Promise.all(kinds.map(async (kind) => onHost(await launcherFor(kind, 1), APP_HOST, 'app-host'))),
        },
      ]
    : [],
  browsers: await Promise.all(kinds.map((kind) => launcherFor(kind, PAGES))),
  // Browsers at once, the app-host group's included (one at a time on 2 cores).
  concurrentBrowsers: BROWSERS_AT_ONCE,
  // Starting a browser page and a test file's first import can take long on a busy machine; these
  // bound the infrastructure, not the tests (each test has Mocha's 5 s).
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  // Lit's development build says so once per page; that hides the logs that matter.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  nodeResolve: true,
  testFramework: { config: { timeout: 5000 } },
  // /demo/ pages get the demo's Content-Security-Policy here too (widened by the emulator's second
  // origin, as under `npm start`), so tests of the demo see violations.
  // /__bundle/gigya-logout.js is the CDN bundle (second copies of the element on one page);
  // test/fixtures/trusted-types.html gets a CSP that requires Trusted Types.
  middleware: [
    delayMiddleware(),
    cspMiddleware('/demo/', emulator.crossOrigin),
    cdnBundleMiddleware(),
    trustedTypesMiddleware(),
    emulator.middleware,
  ],
  plugins: [typescriptPlugin(), emulator.plugin, frameworkAppsPlugin({ prebuild: runsFrameworkTests })],
};
