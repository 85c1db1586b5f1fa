// docs/contract.md §9 in real browsers, with the back/forward cache on: a signed-in page, a
// navigation away and Back. A session that ended meanwhile (its cookie gone, with no cross-tab
// message) is announced once with source 'restored'; one still there, nothing.
// Chromium: Puppeteer's default arguments turn the cache off (--disable-features=…BackForwardCache…);
// this test drops that. Firefox ESR (WebDriver BiDi): Puppeteer's profile leaves it on, and a page
// does come back from it under automation (measured: `pageshow` with `persisted` true), so it runs
// there too, with the test runner's own Firefox prefs.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, FIREFOX_PREFS } from '../../tools/test/launchers.mjs';
import { findBrowser } from '../../tools/test/find-browser.mjs';

/** @type {import('@web/dev-server').DevServer} */
let server;
let origin = '';

before(async () => {
  process.env.OPEN = '0';
  const { default: config } = await import('../../tools/dev/dev-server.config.mjs');
  server = await startDevServer({
    config: { ...config, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.server?.address());
  origin = `http://127.0.0.1:${address.port}`;
});

after(async () => {
  await server?.stop();
});

/** Chromium's launch arguments: Puppeteer's defaults without what turns the back/forward cache off, and the test runner's. */
const chromiumArgs = () => [
  ...puppeteer
    .defaultArgs({ headless: true })
    .map((arg) => (arg.startsWith('--disable-features=') ? arg.replace(/BackForwardCache,?/, '') : arg)),
  ...CHROMIUM_ARGS,
];

/**
 * A signed-in page of a fresh site, then a plain page of the same origin; `meanwhile` runs there; then Back.
 * @param {import('puppeteer-core').Browser} browser
 * @param {(page: import('puppeteer-core').Page, apiKey: string) => Promise<unknown>} meanwhile
 */
async function awayAndBack(browser, meanwhile) {
  const apiKey = `3_t${randomBytes(9).toString('hex')}`;
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/test/fixtures/bfcache.html?apiKey=${apiKey}`);
    await page.waitForFunction('window.__ready');
    await page.evaluate(
      (key) =>
        fetch('/__emulator/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ apiKey: key }),
        }),
      apiKey,
    );
    await page.goto(`${origin}/__emulator/info`); // another page of the origin, without the library
    await meanwhile(page, apiKey);
    await page.evaluate(() => history.back());
    await page.waitForFunction('window.__shows && window.__shows.length == 2', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100)); // an announcement would be synchronous; this is a margin
    return { apiKey, ...(await page.evaluate(() => ({ shows: window.__shows, heard: window.__heard }))) };
  } finally {
    await page.close();
  }
}

/** The tests of one browser, launched with the cache on. */
function restoreTests(/** @type {'chromium' | 'firefox'} */ kind) {
  describe(`back/forward cache (${kind}, cache on)`, () => {
    /** @type {import('puppeteer-core').Browser} */
    let browser;
    const args = kind == 'chromium' ? chromiumArgs() : [];
    before(async () => {
      const executablePath = await findBrowser(kind);
      browser =
        kind == 'chromium'
          ? await puppeteer.launch({ executablePath, ignoreDefaultArgs: true, args })
          : await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS });
    });
    after(async () => {
      await browser?.close();
    });

    it('the launcher does not turn the back/forward cache off', () => {
      const off = (/** @type {string} */ arg) =>
        arg == '--disable-back-forward-cache' || (arg.startsWith('--disable-features=') && arg.includes('BackForwardCache'));
      assert.equal(args.some(off), false);
      assert.equal(
        Object.keys(FIREFOX_PREFS).some((pref) => /sessionhistory|bfcache/i.test(pref)),
        false,
      );
    });

    it('a session that ended meanwhile (no message): the element and document hear source "restored", once', async () => {
      const { apiKey, shows, heard } = await awayAndBack(browser, (page, key) =>
        page.evaluate((k) => (document.cookie = `glt_${k}=; path=/; max-age=0`), key),
      );
      assert.deepEqual(shows, [false, true], 'the page came back from the cache');
      assert.deepEqual(heard.sort(), [`document restored ${apiKey}`, `el restored ${apiKey}`]);
    });

    it('a session still there: the restored page hears nothing', async () => {
      const { shows, heard } = await awayAndBack(browser, async () => {});
      assert.deepEqual(shows, [false, true], 'the page came back from the cache');
      assert.deepEqual(heard, []);
    });
  });
}

restoreTests('chromium');
restoreTests('firefox');
