// A local emulator of Gigya's `socialize.logout` REST endpoint and SAML logout endpoints.
// One implementation, used by the demo dev server (tools/dev/dev-server.config.mjs) and by the test
// runner (web-test-runner.config.mjs), both as Koa middleware and as its own http server.
//
// Routes (every answer carries CORS headers that reflect the request's Origin, with credentials,
// except in answer mode `nocors` and in the key's posture `cors=wildcard`/`cors=none`/`blocked`,
// POSTURES in logout.mjs; OPTIONS preflights get 204):
//   POST /socialize.logout                       form body; answers as the API key's answer mode says
//   POST /__emulator/login                       { apiKey, providers?, samlContext?, samlSessions?, email?, domain? }
//   POST /__emulator/answer                      { apiKey, answer?, times?, saml?, location?, posture? }
//   POST /__emulator/held                        { apiKey, count? }  answers once `count` requests are held
//   POST /__emulator/release                     { apiKey }  lets `hold` requests go on
//   POST /__emulator/reset                       { apiKey }  forgets the key
//   GET  /__emulator/requests?apiKey=…           recorded logout POSTs and SAML GETs, in arrival order
//   GET  /__emulator/info                        { origin, crossOrigin, closedOrigin }
//   GET  /js/gigya.js?apiKey=…                   a script, or a refused connection in posture `blocked`
//   GET  /saml/v2.0/<apiKey>/sp/jsslo?name=…
//   GET  /saml/v2.0/<apiKey>/idp/slo/continue/?samlContext=…&samlSession=…
// Answer modes: ANSWER_MODES in logout.mjs (CONTRIBUTING.md says how to add one).
// State is kept per API key.

import { createServer } from 'node:http';
import { EmulatorState } from './state.mjs';
import { handleLogout, handleSdkScript } from './logout.mjs';
import { handleControl } from './control.mjs';
import { handleSaml, samlApiKey } from './saml.mjs';
import { answerPreflight, BadRequest, corsHeaders, sendJson } from './http.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./control.mjs').EmulatorOptions} EmulatorOptions */
/** @typedef {import('./state.mjs').RecordedRequest} RecordedRequest */
/** @typedef {import('./state.mjs').Session} Session */

/**
 * @typedef {object} Emulator
 * @property {(req: Req, res: Res) => Promise<boolean>} handle answers the request when it is one of
 *   the emulator's routes (then resolves true; the answer may still be pending in hang/hold/slow modes)
 * @property {() => import('koa').Middleware} koa Koa middleware, for the dev server and the test runner
 * @property {(port?: number, host?: string) => Promise<{ origin: string, close: () => Promise<void> }>} listen
 *   runs this same emulator (same state) as its own http server
 */

/**
 * Which emulator route a path is, if any.
 * @param {string} pathname
 * @returns {'logout' | 'control' | 'saml' | 'sdk' | undefined}
 */
function routeOf(pathname) {
  if (pathname === '/socialize.logout') return 'logout';
  if (pathname === '/js/gigya.js') return 'sdk';
  if (pathname.startsWith('/__emulator/')) return 'control';
  if (samlApiKey(pathname) !== undefined) return 'saml';
  return undefined;
}

/**
 * Creates an emulator. All of its servers and middleware share one per-API-key state.
 * @param {EmulatorOptions} [options]
 * @returns {Emulator}
 */
export function createEmulator(options = {}) {
  const state = new EmulatorState();

  /** @type {Emulator['handle']} */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const route = routeOf(url.pathname);
    if (!route) return false;
    try {
      await dispatch(route, req, res, url);
    } catch (error) {
      if (error instanceof BadRequest) sendJson(res, 400, { error: error.message, field: error.field }, corsHeaders(req));
      else sendJson(res, 500, { error: `emulator: ${error instanceof Error ? error.message : error}` }, corsHeaders(req));
    }
    return true;
  }

  /**
   * @param {'logout' | 'control' | 'saml' | 'sdk'} route
   * @param {Req} req
   * @param {Res} res
   * @param {URL} url
   */
  async function dispatch(route, req, res, url) {
    if (req.method === 'OPTIONS') return answerPreflight(req, res);
    if (route === 'control') return handleControl(state, options, req, res, url);
    if (route === 'logout' && req.method === 'POST') return handleLogout(state, req, res, url);
    if (route === 'sdk' && req.method === 'GET') return handleSdkScript(state, req, res, url);
    if (route === 'saml' && req.method === 'GET') {
      return handleSaml(state, /** @type {string} */ (samlApiKey(url.pathname)), req, res, url);
    }
    sendJson(res, 405, { error: `${req.method} not allowed on ${url.pathname}` }, corsHeaders(req));
  }

  /** @type {Emulator['koa']} */
  function koa() {
    return async (ctx, next) => {
      // Koa must not touch a response the emulator owns (it may still be pending, or reset).
      if (routeOf(new URL(ctx.url, 'http://emulator.invalid').pathname)) {
        ctx.respond = false;
        // Koa's default status is 404, which the test runner would report as a missing file; the
        // emulator's own writeHead sets the real status (and reason phrase) of what it answers.
        ctx.status = 200;
        await handle(ctx.req, ctx.res);
        return;
      }
      return next();
    };
  }

  /** @type {Emulator['listen']} */
  function listen(port = 0, host = '127.0.0.1') {
    const server = createServer((req, res) => {
      // One request per connection: a browser re-sends a request whose reused keep-alive connection
      // closed before any answer (WebKit did so under load), so a refused request (`blocked`) would
      // show up several times. On a fresh connection the refusal is final, as a real block is.
      res.shouldKeepAlive = false;
      handle(req, res).then((handled) => {
        if (!handled) sendJson(res, 404, { error: 'not an emulator route' }, corsHeaders(req));
      });
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const address = /** @type {import('node:net').AddressInfo} */ (server.address());
        const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        resolve({
          origin: `http://${hostPart}:${address.port}`,
          close: () =>
            /** @type {Promise<void>} */ (
              new Promise((done) => {
                server.closeAllConnections();
                server.close(() => done());
              })
            ),
        });
      });
    });
  }

  return { handle, koa, listen };
}
