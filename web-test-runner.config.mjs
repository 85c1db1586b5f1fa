// @web/test-runner configuration. `npm test` (scripts/test.mjs) runs it; so does a plain `npx wtr`.
//
//   BROWSERS=chromium,firefox   browsers to run (default chromium)
//   TEST_FILES=a.test.ts,…      run only these files/globs (scripts/test.mjs sets it from its arguments)
//   WTR_CONCURRENCY=n           test pages at once in Chromium (default 2)
//   WTR_FIREFOX_PROCESSES=n     Firefox processes, one test page each (default 2)
//   SUMMARY_FILE=…              where scripts/summary-reporter.mjs writes the totals
//
// Files named *.app-host.test.ts run in the group "app-host": as a top-level page on
// http://app.example.test:<port>/ (each browser maps that name to 127.0.0.1), so cookie tests can use
// the parent domain example.test. Every other *.test.ts file runs on http://localhost:<port>/.
// test/frameworks/ tests load apps bundled from the frameworks' packages at /__apps/<name>.js
// (scripts/framework-apps.mjs).

import { defaultReporter } from '@web/test-runner';
import { findBrowser } from './scripts/find-browser.mjs';
import { frameworkAppsPlugin } from './scripts/framework-apps.mjs';
import { chromiumLauncher, firefoxLauncher, onHost } from './scripts/launchers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { cspMiddleware, delayMiddleware, emulatorSetup, trustedTypesMiddleware, typescriptPlugin } from './scripts/server-plugins.mjs';

const APP_HOST = 'app.example.test';
const ALL_FILES = 'test/**/*.test.ts';
const APP_HOST_FILES = 'test/**/*.app-host.test.ts';

/**
 * Test pages at once per browser, on 2 cores (measured, see the commit that set them):
 * Chromium: windows of one process (all of them have focus). Firefox: one process per page, since
 * only one window of a Firefox process has focus.
 */
const CHROMIUM_PAGES = Number(process.env.WTR_CONCURRENCY) || 2;
const FIREFOX_PROCESSES = Number(process.env.WTR_FIREFOX_PROCESSES) || 2;

/** @returns {('chromium' | 'firefox')[]} */
function browserKinds() {
  const kinds = (process.env.BROWSERS || 'chromium')
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  for (const kind of kinds) {
    if (kind !== 'chromium' && kind !== 'firefox') {
      throw new Error(`BROWSERS: unknown browser "${kind}" (use chromium, firefox or both, comma separated)`);
    }
  }
  return /** @type {('chromium' | 'firefox')[]} */ ([...new Set(kinds)]);
}

/**
 * @param {{ kind: 'chromium' | 'firefox', path: string }} browser
 * @param {number} pages
 */
function launcherFor({ kind, path }, pages) {
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
const browsers = await Promise.all(browserKinds().map(async (kind) => ({ kind, path: await findBrowser(kind) })));
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
          browsers: browsers.map((b) => onHost(launcherFor(b, b.kind === 'chromium' ? CHROMIUM_PAGES : 1), APP_HOST, 'app-host')),
        },
      ]
    : [],
  browsers: browsers.map((b) => launcherFor(b, b.kind === 'chromium' ? CHROMIUM_PAGES : FIREFOX_PROCESSES)),
  // Browser processes at once (each group's browsers count apart): the default group's Chromium and
  // Firefox run side by side, the app-host ones as soon as one of those is done.
  concurrentBrowsers: 2,
  nodeResolve: true,
  testFramework: { config: { timeout: 5000 } },
  // /demo/ pages get the demo's Content-Security-Policy here too (widened by the emulator's second
  // origin, as under `npm start`), so tests of the demo see violations.
  // test/fixtures/trusted-types.html gets a CSP that requires Trusted Types; /__bundle/ is the CDN bundle.
  middleware: [delayMiddleware(), cspMiddleware('/demo/', emulator.crossOrigin), trustedTypesMiddleware(), emulator.middleware],
  plugins: [typescriptPlugin(), emulator.plugin, frameworkAppsPlugin()],
  reporters: [defaultReporter(), summaryReporter()],
};
