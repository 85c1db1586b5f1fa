// Server pieces shared by the test runner (web-test-runner.config.mjs) and the demo dev server
// (tools/dev/dev-server.config.mjs): the Gigya emulator, the `?delay=` middleware, the demo's
// Content-Security-Policy, and the esbuild TypeScript plugin.

import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createEmulator } from '../../emulator/index.mjs';
import { root } from '../paths.mjs';

/** The project root (the directory that holds package.json). */

/** The Content-Security-Policy the demo pages are served with (what the README tells users to use). */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self' https://*.gigya.com https://*.sapcdm.cn https://*.gigya-api.cn",
  "frame-src 'self' https://*.gigya.com",
  "img-src 'self' data:",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The demo's CSP, with `extra` (the emulator's second origin, where the demo's CORS postures are
 * served) allowed too: in `connect-src` for the logout, in `frame-src` for SAML logout frames, which
 * go to the same `api-domain` (as the README's CSP section says for a custom API domain).
 * @param {string | undefined} extra an origin, or undefined for DEMO_CSP itself
 * @returns {string}
 */
export function demoCsp(extra) {
  if (!extra) return DEMO_CSP;
  return DEMO_CSP.split('; ')
    .map((directive) => (directive.startsWith('connect-src ') || directive.startsWith('frame-src ') ? `${directive} ${extra}` : directive))
    .join('; ');
}

const MAX_DELAY_MS = 60_000;

/**
 * esbuild for TypeScript with the project's tsconfig: without it esbuild drops
 * `useDefineForClassFields: false`, and the element's class fields would shadow Lit's reactive
 * accessors (the Angular example's decorators need its `experimentalDecorators` too).
 */
export function typescriptPlugin() {
  return esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json') });
}

/**
 * Middleware that holds any request with a `delay=<ms>` query parameter for that long
 * (tests use it for a slow-loading `<script>`).
 */
export function delayMiddleware() {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    const delay = Number(ctx.query?.delay);
    if (ctx.query?.delay !== undefined && Number.isFinite(delay) && delay > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, MAX_DELAY_MS)));
    }
    return next();
  };
}

/**
 * Middleware that adds the demo's strict Content-Security-Policy to HTML answers under `prefix`,
 * widened by the origin `extraOrigin()` returns (read per request: the emulator's second origin is
 * known only once the server has started), see demoCsp.
 * @param {string} [prefix]
 * @param {() => string | undefined} [extraOrigin]
 */
export function cspMiddleware(prefix = '/demo/', extraOrigin = () => undefined) {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    await next();
    const underPrefix = ctx.path === prefix.replace(/\/$/, '') || ctx.path.startsWith(prefix);
    if (underPrefix && ctx.response.is('html')) ctx.set('Content-Security-Policy', demoCsp(extraOrigin()));
  };
}

/** The Trusted Types directives a test page may ask for with `?tt=` (nothing else is accepted). */
const TRUSTED_TYPES = {
  'lit-html': 'trusted-types lit-html',
  'lit-html-dup': "trusted-types lit-html 'allow-duplicates'",
  none: "trusted-types 'none'",
};

/**
 * Middleware for `test/fixtures/trusted-types.html?tt=<key of TRUSTED_TYPES>`: serves it with a strict
 * CSP that also requires Trusted Types, and serves the CDN bundle, built from the sources on first
 * use, at `/__bundle/gigya-logout.js` (any query makes another copy, with its own Lit).
 */
export function trustedTypesMiddleware() {
  /** @type {Promise<string> | undefined} */
  let bundle;
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    if (ctx.path === '/__bundle/gigya-logout.js') {
      bundle ??= build({
        entryPoints: [join(root, 'src/index.ts')],
        tsconfig: join(root, 'tsconfig.json'),
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2021',
        write: false,
      }).then((result) => result.outputFiles[0].text);
      ctx.type = 'text/javascript';
      ctx.body = await bundle;
      return;
    }
    await next();
    const directive = TRUSTED_TYPES[/** @type {keyof typeof TRUSTED_TYPES} */ (ctx.query?.tt)];
    if (ctx.path === '/test/fixtures/trusted-types.html' && directive) {
      ctx.set('Content-Security-Policy', `${DEMO_CSP}; require-trusted-types-for 'script'; ${directive}`);
    }
  };
}

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
