// `npm run bench`: the element against a hand-written vanilla element, a minimal Lit element and a
// peer from the field (Shoelace's <sl-button>), in one headless Chromium page with alternating
// trials. Prints a table of medians of per-pair ratios (with the interquartile range) and writes
// docs/bench.svg. A benchmark, not a test: it is not part of `npm test`. Rounds: BENCH_ROUNDS.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { chart } from './chart.mjs';
import { bundleBaselines, startServer } from './server.mjs';
import { paired, show, summary } from './stats.mjs';
import { findBrowser } from '../test/find-browser.mjs';
import { CHROMIUM_ARGS } from '../test/launchers.mjs';
import { measure, minified } from '../size/measure.mjs';
import { root } from '../paths.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 30;
const WARMUP = 3;
const N = 1000;
const CHURN = 10000;
/** @type {Record<string, string>} */
const TAGS = { element: 'gigya-logout', vanilla: 'bench-vanilla', lit: 'bench-lit', peer: 'sl-button' };
/** @type {Record<string, string>} */
const NAMES = { element: '<gigya-logout>', vanilla: 'vanilla', lit: 'minimal Lit', peer: 'Shoelace <sl-button>', fetch: 'bare fetch' };
const started = Date.now();

execFileSync(process.execPath, ['tools/build/build.mjs'], { cwd: root, stdio: 'inherit' });
const bundles = await bundleBaselines();
const server = await startServer(bundles);
const browser = await puppeteer.launch({ executablePath: await findBrowser('chromium'), headless: true, args: CHROMIUM_ARGS });

try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.bench && customElements.get('sl-button'));
  if (!(await page.evaluate(() => crossOriginIsolated))) console.warn('bench: page not cross-origin isolated, timer steps are 0.1 ms');

  /**
   * Runs `trial` for every candidate, `rounds` times, the order rotating each round.
   * @template T
   * @param {string[]} who
   * @param {(w: string) => Promise<T>} trial
   * @returns {Promise<Record<string, T[]>>}
   */
  async function alternate(who, trial, rounds = ROUNDS) {
    /** @type {Record<string, T[]>} */
    const series = Object.fromEntries(who.map((w) => [w, []]));
    for (let round = -WARMUP; round < rounds; round++) {
      for (let i = 0; i < who.length; i++) {
        const w = who[(i + round + WARMUP) % who.length];
        await gc();
        const result = await trial(w);
        if (round >= 0) series[w].push(result);
      }
    }
    return series;
  }

  console.log(`upgrade + first render of ${N}, then style + layout (${ROUNDS} rounds)…`);
  const candidates = ['element', 'vanilla', 'lit', 'peer'];
  const up = await alternate(candidates, (w) => page.evaluate((tag, n) => window.bench.upgrade(tag, n), TAGS[w], N));
  // Clicks vary more than renders (a network round trip each) and are cheap: twice the rounds. Each is
  // a trusted click (input through the DevTools protocol), with a session cookie written just before.
  console.log(`click → gigya-logout-response, and the click's processing (${2 * ROUNDS} rounds)…`);
  const clicks = ['fetch', 'element', 'lit', 'vanilla', 'peer'];
  const clicked = await alternate(
    clicks,
    async (w) => {
      await page.evaluate((tag) => window.bench.armClick(tag), w == 'fetch' ? 'fetch' : TAGS[w]);
      if (w != 'fetch') {
        const button = await page.evaluateHandle(() => document.body.lastElementChild?.shadowRoot?.querySelector('button'));
        await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (button).click();
        await button.dispose();
      }
      return page.evaluate(() => window.bench.clickResult());
    },
    2 * ROUNDS,
  );
  /** @type {Record<string, number[]>} */
  const click = Object.fromEntries(clicks.map((w) => [w, clicked[w].map((t) => t.response)]));
  /** @type {Record<string, number[]>} */
  const handler = Object.fromEntries(clicks.slice(1).map((w) => [w, clicked[w].map((t) => t.handler ?? NaN)]));

  console.log(`heap and DOM counters after ${CHURN} mount/unmount…`);
  /** @type {Leaks} */
  const leaks = {};
  for (const w of candidates) {
    await page.evaluate((tag) => window.bench.churn(tag, 500), TAGS[w]);
    await gc();
    const before = { ...(await cdp.send('Memory.getDOMCounters')), heap: (await cdp.send('Runtime.getHeapUsage')).usedSize };
    await page.evaluate((tag, n) => window.bench.churn(tag, n), TAGS[w], CHURN);
    await gc();
    await gc();
    const after = { ...(await cdp.send('Memory.getDOMCounters')), heap: (await cdp.send('Runtime.getHeapUsage')).usedSize };
    leaks[w] = {
      heap: after.heap - before.heap,
      nodes: after.nodes - before.nodes,
      listeners: after.jsEventListeners - before.jsEventListeners,
    };
  }

  console.log('requests at import…');
  const blank = await browser.newPage();
  await blank.goto(`${server.origin}/blank.html`);
  /** @type {string[]} */
  const requests = [];
  blank.on('request', (request) => requests.push(request.url()));
  await blank.evaluate(async (apiDomain) => {
    const bundle = '/dist/cdn/gigya-logout.js';
    await import(bundle);
    document.body.innerHTML = `<gigya-logout api-key="3_bench" api-domain="${apiDomain}"></gigya-logout>`;
    await /** @type {HTMLElement & { updateComplete: Promise<boolean> }} */ (document.body.firstElementChild).updateComplete;
  }, server.origin);
  await blank.waitForNetworkIdle({ idleTime: 500, timeout: 10000 });
  const importRequests = requests.filter((url) => !url.endsWith('/dist/cdn/gigya-logout.js'));

  const sizes = [
    ['dist/cdn/gigya-logout.js (Lit inlined)', readFileSync(`${root}dist/cdn/gigya-logout.js`)],
    ['element + core, Lit external', await minified('dist/index.js', ['lit', 'lit/*'])],
    ['core alone (gigya-logout/core)', await minified('dist/core/index.js')],
    ['minimal Lit element (Lit inlined)', bundles.get('/bench/lit-minimal.js')],
    ['vanilla element', bundles.get('/bench/vanilla.js')],
    ['Shoelace <sl-button> (Lit inlined)', bundles.get('/bench/peer.js')],
  ].map(([name, bytes]) => ({ name: String(name), ...measure(/** @type {Uint8Array} */ (bytes)) }));

  const version = (await browser.version()).replace(/^\w+\//, 'Chromium ');
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${version}`;
  const date = new Date().toISOString().slice(0, 10);
  report({ up, click, handler, leaks, importRequests, sizes, machine, date });
} finally {
  await browser.close();
  await server.close();
}

/** @typedef {{ render: number, layout: number, styleLayout: number }} Upgrade */
/** @typedef {Record<string, { heap: number, nodes: number, listeners: number }>} Leaks */

/**
 * Prints the table and writes docs/bench.svg.
 * @param {{ up: Record<string, Upgrade[]>, click: Record<string, number[]>, handler: Record<string, number[]>, leaks: Leaks, importRequests: string[],
 *   sizes: { name: string, raw: number, gzip: number, brotli: number }[], machine: string, date: string }} results
 */
function report({ up, click, handler, leaks, importRequests, sizes, machine, date }) {
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => a / b;
  /** @type {(key: 'render' | 'layout', w: string) => import('./stats.mjs').Summary} */
  const vsVanilla = (key, w) =>
    summary(
      paired(
        up[w].map((t) => t[key]),
        up.vanilla.map((t) => t[key]),
        ratio,
      ),
    );
  const vsLit = (/** @type {'render' | 'layout'} */ key) =>
    summary(
      paired(
        up.element.map((t) => t[key]),
        up.lit.map((t) => t[key]),
        ratio,
      ),
    );
  const median = (/** @type {number[]} */ xs) => summary(xs).median.toFixed(2);
  /** @type {[string, string, string][]} */
  const rows = [];
  const line = (/** @type {string} */ figure, /** @type {string} */ value, context = '') => rows.push([figure, value, context]);
  for (const [key, title] of /** @type {['render' | 'layout', string][]} */ ([
    ['render', `upgrade + first render of ${N}`],
    ['layout', 'the same + forced style recalc and layout'],
  ])) {
    for (const w of ['element', 'lit', 'peer'])
      line(
        `${title}: ${NAMES[w]} / vanilla`,
        show(vsVanilla(key, w)),
        `${median(up[w].map((t) => t[key]))} ms vs ${median(up.vanilla.map((t) => t[key]))} ms`,
      );
    line(`${title}: <gigya-logout> / minimal Lit`, show(vsLit(key)));
  }
  for (const w of ['element', 'lit', 'vanilla', 'peer'])
    line(
      `click → response: ${NAMES[w]} / bare fetch`,
      show(summary(paired(click[w], click.fetch, ratio))),
      `${median(click[w])} ms vs ${median(click.fetch)} ms`,
    );
  for (const w of ['element', 'lit', 'vanilla', 'peer'])
    line(`click handler (Event Timing processing): ${NAMES[w]}`, show(summary(handler[w]), 'ms'));
  line('click handler: <gigya-logout> − minimal Lit', show(summary(paired(handler.element, handler.lit, (a, b) => a - b)), 'ms'));
  for (const w of ['element', 'lit', 'vanilla', 'peer']) line(`click → response: ${NAMES[w]}`, show(summary(click[w]), 'ms'));
  line('click → response: <gigya-logout> − minimal Lit', show(summary(paired(click.element, click.lit, (a, b) => a - b)), 'ms'));
  line('click → response: <gigya-logout> − bare fetch', show(summary(paired(click.element, click.fetch, (a, b) => a - b)), 'ms'));
  for (const [w, leak] of Object.entries(leaks))
    line(
      `after ${CHURN} mount/unmount: ${NAMES[w]}`,
      `${Math.round(leak.heap / 1000) || 0} KB heap, ${leak.nodes} nodes, ${leak.listeners} listeners`,
    );
  line('requests at import (CDN bundle, one element connected)', String(importRequests.length), importRequests.join(' '));

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${date} · ${machine} · ${ROUNDS} rounds (clicks ${2 * ROUNDS}), medians of per-pair ratios (interquartile range)\n`);
  for (const [figure, value, context] of rows) console.log(`${figure.padEnd(width)}  ${value.padEnd(28)} ${context}`);
  console.log(`\n${'bundle'.padEnd(40)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
  for (const s of sizes)
    console.log(`${s.name.padEnd(40)} ${String(s.raw).padStart(7)} ${String(s.gzip).padStart(7)} ${String(s.brotli).padStart(7)}`);

  const bars = (/** @type {'render' | 'layout'} */ key) =>
    ['element', 'lit', 'peer'].map((w) => ({ who: w, label: NAMES[w], ...vsVanilla(key, w) }));
  const svg = chart(
    [
      { title: `Upgrade + first render of ${N}`, baseline: 'vanilla', bars: bars('render') },
      { title: 'The same + forced style recalc and layout', baseline: 'vanilla', bars: bars('layout') },
      {
        title: 'Click → gigya-logout-response',
        baseline: 'bare fetch POST',
        bars: ['element', 'lit', 'vanilla', 'peer'].map((w) => ({
          who: w,
          label: NAMES[w],
          ...summary(paired(click[w], click.fetch, ratio)),
        })),
      },
    ],
    [
      `${date} · ${machine}`,
      `${ROUNDS} alternating rounds in one page (clicks ${2 * ROUNDS}); CDN bundle ${sizes[0].brotli} B brotli, element + core (Lit external) ${sizes[1].brotli} B`,
    ],
  );
  mkdirSync(`${root}docs`, { recursive: true });
  writeFileSync(`${root}docs/bench.svg`, svg);
  console.log(`\nwrote docs/bench.svg in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
