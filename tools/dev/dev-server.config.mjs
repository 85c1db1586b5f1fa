// `npm start`: @web/dev-server for the demo (demo/), with the local Gigya emulator on the same origin
// and on a second one (`http://127.0.0.1:<free port>`, loopback only: where the demo's CORS postures
// are served), and the demo's strict Content-Security-Policy, widened by that second origin.
//
//   PORT=8080 npm start     another port (default: 8000, or the next free one)
//   HOST=0.0.0.0 npm start  listen there, here on every interface (default: 127.0.0.1 only: the
//                           emulator signs anyone in and out, it is not for the network)
//   OPEN=0 npm start        never open a browser (it opens one only where a desktop can show it)

import { root } from '../paths.mjs';
import { cspMiddleware } from '../server/csp.mjs';
import { delayMiddleware } from '../server/delay.mjs';
import { emulatorSetup } from '../server/emulator-plugin.mjs';
import { typescriptPlugin } from '../server/typescript.mjs';

const DEMO_PATH = '/demo/';

/** Whether opening a browser can work here: a desktop session, not CI, not disabled. */
function canOpenBrowser() {
  if (process.env.OPEN === '0' || process.env.OPEN === 'false' || process.env.CI) return false;
  if (!process.stdout.isTTY) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const emulator = emulatorSetup({ crossOrigin: true });

/** The site root leads to the demo, so a newcomer who opens http://localhost:8000/ lands on it. */
async function toDemo(/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) {
  if (ctx.path === '/' || ctx.path === DEMO_PATH.slice(0, -1)) return ctx.redirect(DEMO_PATH);
  return next();
}

const LOOPBACK = '127.0.0.1';
const LOOPBACK_NAME = process.env.HOST || 'localhost';

/**
 * Listens on the loopback interface only, unless HOST names another: @web/dev-server listens on every
 * interface when its hostname is `localhost` or `127.0.0.1`, so the port is bound again here.
 */
const loopbackPlugin = {
  name: 'loopback-only',
  async serverStart(/** @type {{ server?: import('node:http').Server, config: { port?: number } }} */ { server, config }) {
    if (process.env.HOST || !server) return;
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, LOOPBACK, () => resolve(undefined));
    });
  },
};

/**
 * Where the demo and the emulator are (`npm start` prints it; tests that start this config do not).
 * @param {number} port the port the server listens on
 */
export function whereItIs(port) {
  const url = `http://${LOOPBACK_NAME}:${port}${DEMO_PATH}`;
  return (
    `\n  Demo:  ${url}\n  (Gigya emulator on the same origin: ${url.replace(DEMO_PATH, '/__emulator/info')},` +
    ` and for the CORS postures on ${emulator.crossOrigin()})\n`
  );
}

export default {
  rootDir: root,
  hostname: process.env.HOST || 'localhost',
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
  // Lit's production build: the demo's console stays clean (the tests keep dev mode for its checks).
  nodeResolve: { exportConditions: ['production'] },
  open: canOpenBrowser() ? DEMO_PATH : false,
  watch: false,
  middleware: [toDemo, delayMiddleware(), cspMiddleware(DEMO_PATH, emulator.crossOrigin), emulator.middleware],
  plugins: [loopbackPlugin, typescriptPlugin(), emulator.plugin],
};
