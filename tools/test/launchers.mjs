// Browser launchers for @web/test-runner (used by web-test-runner.config.mjs): Chromium and Firefox
// through puppeteer-core, each test page in a window of its own, a pool of Firefox processes, and a
// wrapper that opens test pages on another host name.

import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';

/** @typedef {import('@web/test-runner').BrowserLauncher} BrowserLauncher */
/** @typedef {import('@web/test-runner-chrome').ChromeLauncher} ChromeLauncher */

/** Test names like app.example.test resolve to 127.0.0.1 in both browsers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1',
];

export const FIREFOX_PREFS = {
  // Every host name resolves to 127.0.0.1, so app.example.test and any *.example.test do, as with
  // Chromium's rules (network.dns.localDomains works too, but only for names listed one by one).
  'network.dns.forceResolve': '127.0.0.1',
  // No update or telemetry traffic.
  'app.update.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * Opens each test page in a window of its own. As tabs of one window, every page but the newest is
 * hidden: requestAnimationFrame stops there and timers are throttled, which breaks files that run
 * at the same time (measured: Chromium 156 hides the older tab; Firefox 153 throttles its timers to 1 s).
 * Chromium is also told the page has focus (its headless windows all had focus anyway when measured),
 * and each of its pages gets a browser context of its own: in one context a `BroadcastChannel` (and
 * the cookies) of one test page reach the others that run at the same time, and a test's second tab
 * (`window.open`) opens in its opener's context. (Firefox runs one page per process already.)
 * @param {boolean} chromium
 */
function createWindowPage(chromium) {
  return async (
    /** @type {{ context: import('puppeteer-core').BrowserContext, browser: import('puppeteer-core').Browser }} */ { context, browser },
  ) => {
    const own = chromium ? await browser.createBrowserContext() : context;
    const page = await own.newPage({ type: 'window' });
    if (chromium) await page.emulateFocusedPage(true);
    return page;
  };
}

/**
 * Chromium: one process, `concurrency` windows at once (all of them have focus).
 * @param {string} executablePath
 * @param {number} concurrency
 * @returns {ChromeLauncher}
 */
export function chromiumLauncher(executablePath, concurrency) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    createPage: createWindowPage(true),
    concurrency,
  });
}

/**
 * Firefox: `processes` processes with one window each. In one Firefox process only one window has
 * focus (measured: the others get no focus events and document.hasFocus() is false), so focus and
 * keyboard tests need a process per page.
 * @param {string} executablePath
 * @param {number} processes
 * @returns {BrowserLauncher}
 */
export function firefoxLauncher(executablePath, processes) {
  const one = () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS },
      createPage: createWindowPage(false),
      concurrency: 1,
    });
  if (processes === 1) return one();
  const members = Array.from({ length: processes }, one);
  return launcherPool({ name: members[0].name, type: members[0].type, size: processes, start: async () => ({ members }) });
}

/**
 * @typedef {object} PoolSpec
 * @property {string} name
 * @property {string} type the members' type (@web/test-runner-commands picks its way to the page by it)
 * @property {number} size members, so sessions at once
 * @property {() => Promise<{ members: BrowserLauncher[], config?: (config: any) => any }>} start
 *   makes the members when the run starts (and what config they get)
 * @property {() => Promise<void>} [stopped] after the members stopped
 */

/**
 * One launcher made of several: each session runs on a member that has none. Any other method
 * (sendKeys, sendMouse, getPage … of @web/test-runner-commands) takes the session id first and goes
 * to that session's member.
 * @param {PoolSpec} spec
 * @returns {BrowserLauncher}
 */
export function launcherPool({ name, type, size, start, stopped }) {
  /** @type {BrowserLauncher[]} */
  let members = [];
  /** @type {Map<string, BrowserLauncher>} */
  const owners = new Map();
  const ownerOf = (/** @type {string} */ id) => owners.get(id) ?? members[0];
  /** @type {BrowserLauncher} */
  const pool = {
    name,
    type,
    concurrency: size,
    async initialize(config, testFiles) {
      const started = await start();
      members = started.members;
      await Promise.all(members.map((m) => m.initialize?.(started.config?.(config) ?? config, testFiles)));
    },
    async stop() {
      await Promise.all(members.map((m) => m.stop?.()));
      await stopped?.();
    },
    async startSession(id, url) {
      const member = members.find((m) => ![...owners.values()].includes(m)) ?? members[0];
      owners.set(id, member);
      try {
        await member.startSession(id, url);
      } catch (error) {
        owners.delete(id);
        throw error;
      }
    },
    async stopSession(id) {
      try {
        return await ownerOf(id).stopSession(id);
      } finally {
        owners.delete(id);
      }
    },
    isActive: (id) => ownerOf(id).isActive(id),
    getBrowserUrl: (id) => ownerOf(id).getBrowserUrl(id),
    startDebugSession: (id, url) => members[0].startDebugSession(id, url),
  };
  return new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop in target || typeof prop !== 'string') return Reflect.get(target, prop, receiver);
      if (typeof Reflect.get(members[0] ?? {}, prop) !== 'function') return undefined;
      return (/** @type {string} */ id, /** @type {unknown[]} */ ...rest) => {
        const owner = ownerOf(id);
        return Reflect.get(owner, prop).call(owner, id, ...rest);
      };
    },
  });
}

/**
 * Wraps a launcher so that its test pages open on `hostname`; everything else is delegated.
 * @param {BrowserLauncher} launcher
 * @param {string} hostname
 * @param {string} [label] added to the browser's name in reports
 * @returns {BrowserLauncher}
 */
export function onHost(launcher, hostname, label = hostname) {
  const moveUrl = (/** @type {string} */ url) => {
    const moved = new URL(url);
    moved.hostname = hostname;
    return moved.href;
  };
  return new Proxy(launcher, {
    get(target, prop) {
      if (prop === 'startSession' || prop === 'startDebugSession') {
        return (/** @type {string} */ id, /** @type {string} */ url) => Reflect.get(target, prop).call(target, id, moveUrl(url));
      }
      if (prop === 'name') return `${target.name} (${label})`;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
