// @web/test-runner configuration. `npm test` (scripts/test.mjs) runs it; so does a plain `npx wtr`.
//
//   BROWSERS=chromium,firefox   browsers to run (default chromium)
//   TEST_FILES=a.test.ts,…      run only these files/globs (scripts/test.mjs sets it from its arguments)
//   WTR_CONCURRENCY=n           test pages at once per Chromium (default 2; Firefox always runs 1)
//   SUMMARY_FILE=…              where scripts/summary-reporter.mjs writes the totals
//
// Files named *.app-host.test.ts run in the group "app-host": as a top-level page on
// http://app.example.test:<port>/ (each browser maps that name to 127.0.0.1), so cookie tests can use
// the parent domain example.test. Every other *.test.ts file runs on http://localhost:<port>/.

import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser } from './scripts/find-browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { cspMiddleware, delayMiddleware, emulatorSetup, typescriptPlugin } from './scripts/server-plugins.mjs';

export const APP_HOST = 'app.example.test';
const ALL_FILES = 'test/**/*.test.ts';
const APP_HOST_FILES = 'test/**/*.app-host.test.ts';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1',
];

const FIREFOX_PREFS = {
  // Every host name resolves to 127.0.0.1 (so app.example.test and any *.example.test do, like
  // Chromium's --host-resolver-rules; nothing else is reachable on a test machine anyway).
  'network.dns.forceResolve': '127.0.0.1',
  // No update or telemetry traffic.
  'app.update.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * Pages at once per browser. Chromium: 2 on 2 cores (measured, see the commit that set it).
 * Firefox: 1, because only one Firefox window has focus at a time, and focus/keyboard tests need it.
 */
const CHROMIUM_CONCURRENCY = Number(process.env.WTR_CONCURRENCY) || 2;
const FIREFOX_CONCURRENCY = 1;

/** @returns {('chromium' | 'firefox')[]} */
function browserKinds() {
  const kinds = (process.env.BROWSERS || 'chromium').split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  for (const kind of kinds) {
    if (kind !== 'chromium' && kind !== 'firefox') {
      throw new Error(`BROWSERS: unknown browser "${kind}" (use chromium, firefox or both, comma separated)`);
    }
  }
  return /** @type {('chromium' | 'firefox')[]} */ ([...new Set(kinds)]);
}

/**
 * Opens each test page in a window of its own. As tabs of one window, every page but the newest is
 * hidden: requestAnimationFrame stops there and timers are throttled, which breaks files that run
 * at the same time (measured: Chromium 156 hides the older tab; Firefox 153 throttles its timers to 1 s).
 * Chromium is also told the page has focus (its headless windows all had focus anyway when measured).
 * @param {boolean} emulateFocus
 */
function createWindowPage(emulateFocus) {
  return async (/** @type {{ context: import('puppeteer-core').BrowserContext }} */ { context }) => {
    const page = await context.newPage({ type: 'window' });
    if (emulateFocus) await page.emulateFocusedPage(true);
    return page;
  };
}

/**
 * A launcher: one browser process.
 * @param {'chromium' | 'firefox'} kind
 * @param {string} executablePath
 */
function launcherFor(kind, executablePath) {
  if (kind === 'chromium') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      createPage: createWindowPage(true),
      concurrency: CHROMIUM_CONCURRENCY,
    });
  }
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS },
    createPage: createWindowPage(false),
    concurrency: FIREFOX_CONCURRENCY,
  });
}

/**
 * @param {string} url
 * @returns {string} the same URL on APP_HOST
 */
function onAppHost(url) {
  const moved = new URL(url);
  moved.hostname = APP_HOST;
  return moved.href;
}

/**
 * Wraps a launcher so that its test pages open on APP_HOST; everything else is delegated.
 * @param {import('@web/test-runner').BrowserLauncher} launcher
 * @returns {import('@web/test-runner').BrowserLauncher}
 */
function appHostLauncher(launcher) {
  return new Proxy(launcher, {
    get(target, prop) {
      if (prop === 'startSession' || prop === 'startDebugSession') {
        return (/** @type {string} */ id, /** @type {string} */ url) => Reflect.get(target, prop).call(target, id, onAppHost(url));
      }
      if (prop === 'name') return `${Reflect.get(target, 'name')} (app-host)`;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Root files and app-host group files: all of them, or only those named in TEST_FILES (comma
 * separated files or globs; a glob runs the non-app-host files it matches: name app-host files
 * explicitly, or run `npm test -- --group app-host`).
 * @returns {{ files: string[] | undefined, appHostFiles: string[] }}
 */
function testFiles() {
  const only = (process.env.TEST_FILES ?? '').split(',').map((f) => f.trim()).filter(Boolean);
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
    ? [{ name: 'app-host', files: appHostFiles, browsers: browsers.map((b) => appHostLauncher(launcherFor(b.kind, b.path))) }]
    : [],
  browsers: browsers.map((b) => launcherFor(b.kind, b.path)),
  // Browser processes at once (each group's browsers count apart): the default group's Chromium and
  // Firefox run side by side, the app-host ones as soon as one of those is done.
  concurrentBrowsers: 2,
  nodeResolve: true,
  testFramework: { config: { timeout: 5000 } },
  // /demo/ pages get the demo's Content-Security-Policy here too, so tests of the demo see violations.
  middleware: [delayMiddleware(), cspMiddleware('/demo/'), emulator.middleware],
  plugins: [typescriptPlugin(), emulator.plugin],
  reporters: [defaultReporter(), summaryReporter()],
};
