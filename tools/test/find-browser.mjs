// Finds the executable of an installed browser for the test runner; on a bare Debian machine where
// we are root, installs Debian's package with apt-get.
//
//   chromium: $CHROME_PATH, chrome-launcher's own search, /usr/bin/chromium, /usr/bin/chromium-browser,
//             /usr/bin/google-chrome
//   firefox:  $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox
//   webkit:   $WEBKIT_DRIVER_PATH, /usr/bin/WebKitWebDriver (WebKitGTK's driver, which starts its
//             MiniBrowser), and Xvfb where there is no display (findWebKit gives all three)

import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const KINDS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    aptPackage: 'chromium',
    name: 'Chromium or Chrome',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    aptPackage: 'firefox-esr',
    name: 'Firefox',
  },
  webkit: {
    env: 'WEBKIT_DRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    aptPackage: 'webkit2gtk-driver',
    name: 'WebKitWebDriver (WebKitGTK)',
  },
  xvfb: {
    env: 'XVFB_PATH',
    paths: ['/usr/bin/Xvfb'],
    aptPackage: 'xvfb',
    name: 'Xvfb (a display for WebKitGTK)',
  },
};

/** @typedef {keyof typeof KINDS} BrowserKind a browser, or a program one needs (xvfb) */

/** WebKitGTK's MiniBrowser, the browser WebKitWebDriver drives (from libwebkit2gtk, which the driver needs). */
const MINIBROWSER_PATHS = ['4.1', '4.0'].flatMap((api) =>
  ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((arch) => `/usr/lib/${arch}/webkit2gtk-${api}/MiniBrowser`),
);

/**
 * @param {string | undefined} file
 * @returns {boolean}
 */
function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} chrome-launcher's first installation (the search @web/test-runner-chrome uses) */
function chromeLauncherSearch() {
  try {
    const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
    const { Launcher } = require('chrome-launcher');
    return Launcher.getInstallations().find(isExecutable);
  } catch {
    return undefined;
  }
}

/**
 * @param {BrowserKind} kind
 * @returns {string | undefined}
 */
function search(kind) {
  const { env, paths } = KINDS[kind];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} is not an executable file. Fix or unset ${env}.`);
  }
  if (kind === 'chromium') {
    const found = chromeLauncherSearch();
    if (found) return found;
  }
  return paths.find(isExecutable);
}

/** @returns {boolean} whether this machine can install Debian packages itself */
function canAptInstall() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs Debian packages with apt-get, output shown.
 * @param {string[]} pkgs
 */
function aptInstall(pkgs) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...pkgs]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}

/**
 * The executable path of an installed browser of the given kind.
 * @param {BrowserKind} kind
 * @returns {Promise<string>}
 */
export async function findBrowser(kind) {
  const spec = KINDS[kind];
  if (!spec) throw new Error(`findBrowser: unknown browser kind "${kind}" (use chromium, firefox or webkit)`);
  const found = search(kind);
  if (found) return found;
  if (canAptInstall()) {
    console.log(`find-browser: no ${spec.name} found; installing Debian's ${spec.aptPackage} with apt-get`);
    aptInstall([spec.aptPackage]);
    const installed = search(kind);
    if (installed) return installed;
  }
  throw new Error(
    `No ${spec.name} executable found. Set ${spec.env} to its path, or install one ` +
      `(Debian/Ubuntu: sudo apt-get install ${spec.aptPackage}; macOS/Windows: install it from its vendor).`,
  );
}

/**
 * WebKit: the driver, its MiniBrowser, and an X server to start when there is no display.
 * @returns {Promise<{ driver: string, browser: string, xvfb: string | undefined }>}
 */
export async function findWebKit() {
  const driver = await findBrowser('webkit');
  const browser = process.env.WEBKIT_BROWSER_PATH || MINIBROWSER_PATHS.find(isExecutable);
  if (!browser) throw new Error(`No WebKitGTK MiniBrowser found (${MINIBROWSER_PATHS.join(', ')}); set WEBKIT_BROWSER_PATH.`);
  const xvfb = process.env.DISPLAY ? undefined : await findBrowser('xvfb');
  return { driver, browser, xvfb };
}

// `node tools/test/find-browser.mjs chromium firefox webkit` (the first step of .ci/run): finds each browser,
// installing it where this machine can, and prints where it is.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kinds = /** @type {BrowserKind[]} */ (
    process.argv.slice(2).flatMap((k) => (k === 'webkit' && !process.env.DISPLAY ? [k, 'xvfb'] : [k]))
  );
  const missing = kinds.filter((kind) => KINDS[kind] && !search(kind)).map((kind) => KINDS[kind].aptPackage);
  // One apt-get update and install for all that is missing.
  if (missing.length && canAptInstall()) {
    console.log(`find-browser: installing Debian's ${missing.join(', ')} with apt-get`);
    aptInstall(missing);
  }
  for (const kind of process.argv.slice(2)) {
    const found =
      kind === 'webkit'
        ? Object.values(await findWebKit())
            .filter(Boolean)
            .join(', ')
        : await findBrowser(/** @type {BrowserKind} */ (kind));
    console.log(`${kind}: ${found}`);
  }
}
