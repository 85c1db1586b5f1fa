// docs/contract.md §9 in a real browser: Chromium with the back/forward cache on (Puppeteer's
// default arguments turn it off with --disable-features=…BackForwardCache…; this test drops that),
// a signed-in page, a navigation away and Back. A session that ended meanwhile (its cookie gone,
// with no cross-tab message) is announced once with source 'restored'; one still there, nothing.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/launchers.mjs';
import { findBrowser } from '../../scripts/find-browser.mjs';

/** @type {import('@web/dev-server').DevServer} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
let origin = '';
/** @type {string[]} */
let launchArgs = [];

before(async () => {
  process.env.OPEN = '0';
  const { default: config } = await import('../../scripts/dev-server.config.mjs');
  server = await startDevServer({
    config: { ...config, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.server?.address());
  origin = `http://127.0.0.1:${address.port}`;
  const defaults = puppeteer
    .defaultArgs({ headless: true })
    .map((arg) => (arg.startsWith('--disable-features=') ? arg.replace(/BackForwardCache,?/, '') : arg));
  launchArgs = [...defaults, ...CHROMIUM_ARGS];
  browser = await puppeteer.launch({ executablePath: await findBrowser('chromium'), ignoreDefaultArgs: true, args: launchArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A signed-in page of a fresh site, then a plain page of the same origin; `meanwhile` runs there; then Back. */
async function awayAndBack(/** @type {(page: import('puppeteer-core').Page, apiKey: string) => Promise<unknown>} */ meanwhile) {
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

describe('back/forward cache (Chromium, cache on)', () => {
  it('the launcher does not turn the back/forward cache off', () => {
    assert.equal(
      launchArgs.some(
        (arg) => arg == '--disable-back-forward-cache' || (arg.startsWith('--disable-features=') && arg.includes('BackForwardCache')),
      ),
      false,
    );
  });

  it('a session that ended meanwhile (no message): the element and document hear source "restored", once', async () => {
    const { apiKey, shows, heard } = await awayAndBack((page, key) =>
      page.evaluate((k) => (document.cookie = `glt_${k}=; path=/; max-age=0`), key),
    );
    assert.deepEqual(shows, [false, true], 'the page came back from the cache');
    assert.deepEqual(heard.sort(), [`document restored ${apiKey}`, `el restored ${apiKey}`]);
  });

  it('a session still there: the restored page hears nothing', async () => {
    const { shows, heard } = await awayAndBack(async () => {});
    assert.deepEqual(shows, [false, true], 'the page came back from the cache');
    assert.deepEqual(heard, []);
  });
});
