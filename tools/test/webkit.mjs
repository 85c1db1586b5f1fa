// WebKit (Safari's engine) for @web/test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver
// through @web/test-runner-webdriver. Each session gets a driver and a browser process of its own
// (WebKitWebDriver serves one session at a time), each on an Xvfb display of its own started here
// when the machine has none (MiniBrowser has no headless mode). WebKitGTK has no host-resolver flag, so the pages use
// an HTTP proxy, started here, that sends every request to 127.0.0.1: `app.example.test` reaches the
// test server as in the other browsers, and nothing leaves the machine.

import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { launcherPool } from './launchers.mjs';

/** @typedef {import('@web/test-runner').BrowserLauncher} BrowserLauncher */
/** @typedef {() => Promise<void> | void} Stop */

/** @returns {Promise<number>} a TCP port free on 127.0.0.1 now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a helper process that ends with the test run.
 * @param {string} file
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 */
function spawnHelper(file, args, options) {
  const child = spawn(file, args, { stdio: 'ignore', ...options });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  /** @type {Stop} */
  const stop = () =>
    new Promise((resolve) => {
      process.off('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, stop };
}

/**
 * Starts Xvfb on a display number it picks itself (`-displayfd`).
 * @param {string} xvfb
 * @returns {Promise<{ display: string, stop: Stop }>}
 */
function startXvfb(xvfb) {
  const { child, stop } = spawnHelper(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3]?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display`)));
  });
}

/**
 * An HTTP proxy on 127.0.0.1 that sends every request, whatever its host, to 127.0.0.1 on the
 * request's port, with the Host header unchanged (WebSocket upgrades too).
 * @returns {Promise<{ port: number, stop: Stop }>}
 */
function startLoopbackProxy() {
  const server = createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: target.port || 80, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  // The test runner's WebSocket: WebKit sends its upgrade request to the proxy with an absolute URL.
  server.on('upgrade', (req, client, head) => {
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port) || 80, '127.0.0.1', () => {
      const headers = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`);
      upstream.write(`${req.method} ${target.pathname}${target.search} HTTP/1.1\r\n${headers.join('')}\r\n`);
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ port, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * Starts WebKitWebDriver and waits until it answers.
 * @param {string} driver
 * @param {string | undefined} display
 * @returns {Promise<{ port: number, stop: Stop }>}
 */
async function startDriver(driver, display) {
  const port = await freePort();
  const { child, stop } = spawnHelper(driver, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display } });
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`WebKitWebDriver exited at start (${driver})`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Gives the window focus before each test page after the first: MiniBrowser's window loses it when
 * a page is left (measured: document.hasFocus() false on the next page, and keyboard focus then
 * did not match :focus-visible inside a delegatesFocus shadow root).
 * @param {import('@web/test-runner-webdriver').WebdriverLauncher} launcher
 * @returns {BrowserLauncher}
 */
function focusedBeforeEachPage(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    // The launcher's own WebDriver session (a private field: it opens it at its first page).
    const driver = /** @type {{ switchToWindow(handle: string): Promise<void>, getWindowHandle(): Promise<string> } | undefined} */ (
      Reflect.get(launcher, 'driver')
    );
    if (driver) await driver.switchToWindow(await driver.getWindowHandle());
    const started = startSession(id, url);
    // @web/test-runner stops waiting at its browserStartTimeout and fails the session; the driver's
    // own request can give up later still (seen with two runs at once: a rejection nobody awaited
    // any more crashed the whole run). It has been reported by then: never a crash.
    started.catch(() => {});
    return started;
  };
  return launcher;
}

/**
 * WebKit, `sessions` test pages at once (a driver and a MiniBrowser each).
 * @param {{ driver: string, browser: string, xvfb: string | undefined }} paths from findWebKit()
 * @param {number} sessions
 * @returns {BrowserLauncher}
 */
export function webkitLauncher(paths, sessions) {
  /** @type {Stop[]} */
  const stops = [];
  return launcherPool({
    name: 'WebKit',
    type: 'webdriver',
    size: sessions,
    async start() {
      const proxy = await startLoopbackProxy();
      stops.push(proxy.stop);
      // A display of its own for each browser: on one X display only one window has the keyboard
      // focus, and tests that press keys in the other window failed (focus, :focus-visible).
      const drivers = await Promise.all(
        Array.from({ length: sessions }, async () => {
          const x = paths.xvfb ? await startXvfb(paths.xvfb) : undefined;
          if (x) stops.push(x.stop);
          const driver = await startDriver(paths.driver, x?.display ?? process.env.DISPLAY);
          stops.push(driver.stop);
          return driver;
        }),
      );
      const members = drivers.map(({ port }) =>
        focusedBeforeEachPage(
          webdriverLauncher({
            hostname: '127.0.0.1',
            port,
            path: '/',
            logLevel: 'error',
            capabilities: {
              // @ts-expect-error WebKitGTK's own capability
              'webkitgtk:browserOptions': {
                binary: paths.browser,
                args: ['--automation', '--javascript-can-open-windows-automatically=true'],
              },
              proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxy.port}` },
            },
          }),
        ),
      );
      // concurrency 1: @web/test-runner-webdriver then runs each test file as the window's page
      // (its SessionManager), not in an iframe.
      return { members, config: (config) => ({ ...config, concurrency: 1 }) };
    },
    async stopped() {
      for (const stop of stops.splice(0).reverse()) await stop();
    },
  });
}
