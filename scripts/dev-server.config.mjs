// `npm start`: @web/dev-server for the demo (demo/), with the local Gigya emulator on the same origin
// and the demo's strict Content-Security-Policy.
//
//   PORT=8080 npm start     another port (default: 8000, or the next free one)
//   OPEN=0 npm start        never open a browser (it opens one only where a desktop can show it)

import { join } from 'node:path';
import { delayMiddleware, cspMiddleware, emulatorSetup, projectRoot, typescriptPlugin } from './server-plugins.mjs';

const DEMO_PATH = '/demo/';

/** Whether opening a browser can work here: a desktop session, not CI, not disabled. */
function canOpenBrowser() {
  if (process.env.OPEN === '0' || process.env.OPEN === 'false' || process.env.CI) return false;
  if (!process.stdout.isTTY) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const emulator = emulatorSetup();

/** Prints where the demo is, whether or not a browser opens. */
const announcePlugin = {
  name: 'announce-demo',
  serverStart(/** @type {{ config: { hostname?: string, port?: number } }} */ { config }) {
    const url = `http://${config.hostname ?? 'localhost'}:${config.port}${DEMO_PATH}`;
    console.log(`\n  Demo:  ${url}\n  (Gigya emulator on the same origin: ${url.replace(DEMO_PATH, '/__emulator/info')})\n`);
  },
};

export default {
  rootDir: projectRoot,
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
  nodeResolve: true,
  appIndex: join(projectRoot, 'demo/index.html'),
  open: canOpenBrowser() ? DEMO_PATH : false,
  watch: false,
  middleware: [delayMiddleware(), cspMiddleware(DEMO_PATH), emulator.middleware],
  plugins: [typescriptPlugin(), emulator.plugin, announcePlugin],
};
