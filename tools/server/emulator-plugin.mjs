// The Gigya emulator (emulator/) on the server of the demo (tools/dev/dev-server.config.mjs) and of
// the test runner (web-test-runner.config.mjs): as middleware on the server's own origin, and as
// its second origin and a closed one (for the CORS postures and refused connections).

import { createServer } from 'node:net';
import { createEmulator } from '../../emulator/index.mjs';

/**
 * Binds a port on 127.0.0.1 and closes it again: an origin where nothing listens. The port is picked
 * below Linux's ephemeral range (32768+), so the kernel will not hand it to another `listen(0)`.
 * @returns {Promise<string>}
 */
async function closedOrigin() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (await bindAndClose(port)) return `http://127.0.0.1:${port}`;
  }
  const port = await bindAndClose(0);
  if (!port) throw new Error('closedOrigin: could not bind any port on 127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

/**
 * @param {number} port
 * @returns {Promise<number | undefined>} the port bound (then closed), or undefined when it was busy
 */
function bindAndClose(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const bound = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * The Gigya emulator, mounted as middleware on the server's own origin. With `crossOrigin: true`,
 * a plugin also runs the same emulator (same state) on `127.0.0.1:<free port>` and finds a closed
 * origin, both reported by `GET /__emulator/info`; they start in `serverStart` and stop in `serverStop`.
 * `crossOrigin()` is that second origin (undefined until the server has started, and without `crossOrigin: true`).
 * @param {{ crossOrigin?: boolean }} [options]
 * @returns {{ middleware: import('koa').Middleware, plugin: import('@web/dev-server-core').Plugin, crossOrigin: () => string | undefined }}
 */
export function emulatorSetup({ crossOrigin = false } = {}) {
  /** @type {{ cross?: string, closed?: string }} */
  const origins = {};
  const emulator = createEmulator({ crossOrigin: () => origins.cross, closedOrigin: () => origins.closed });
  /** @type {undefined | (() => Promise<void>)} */
  let closeCross;
  const plugin = {
    name: 'gigya-emulator',
    async serverStart() {
      if (!crossOrigin) return;
      const server = await emulator.listen(0, '127.0.0.1');
      origins.cross = server.origin;
      closeCross = server.close;
      origins.closed = await closedOrigin();
    },
    async serverStop() {
      await closeCross?.();
      closeCross = undefined;
      origins.cross = undefined;
    },
  };
  return { middleware: emulator.koa(), plugin, crossOrigin: () => origins.cross };
}
