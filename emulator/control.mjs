// `/__emulator/*`: the routes tests and the demo use to drive the emulator.

import { randomUUID } from 'node:crypto';
import { isAnswerMode, ANSWER_MODES, POSTURES } from './logout.mjs';
import { BadRequest, corsHeaders, readParams, sendJson, sessionToken } from './http.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./state.mjs').EmulatorState} EmulatorState */

/**
 * What `GET /__emulator/info` reports besides the server's own origin.
 * A value may be a function, read at request time (the test runner learns its ports late).
 * @typedef {object} EmulatorOptions
 * @property {string | (() => string | undefined)} [crossOrigin] origin of a second emulator server (same state)
 * @property {string | (() => string | undefined)} [closedOrigin] an origin where nothing listens
 */

const COOKIE_NAME_SAFE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,200}$/;
const SESSION_SECONDS = 3600;

/**
 * @param {Record<string, unknown>} params
 * @param {string} name
 * @param {boolean} required
 * @returns {string | undefined}
 */
function stringParam(params, name, required = false) {
  const value = params[name];
  if (value === undefined || value === null || value === '') {
    if (required) throw new BadRequest(name, 'required, a non-empty string');
    return undefined;
  }
  if (typeof value !== 'string' || value.length > 2000) throw new BadRequest(name, 'expected a string');
  return value;
}

/**
 * @param {Record<string, unknown>} params
 * @returns {string}
 */
function apiKeyParam(params) {
  const apiKey = /** @type {string} */ (stringParam(params, 'apiKey', true));
  if (!COOKIE_NAME_SAFE.test(apiKey)) throw new BadRequest('apiKey', 'use letters, digits and -_.~ only (it names a cookie)');
  return apiKey;
}

/**
 * `POST /__emulator/login` `{ apiKey, providers?, samlContext?, samlSessions?, email?, domain? }`:
 * creates a session and sets its `glt_`/`gltexp_` cookies. Answers `{ token, exp, cookie }`.
 * @param {EmulatorState} state
 * @param {Record<string, unknown>} params
 * @returns {{ body: { token: string, exp: number, cookie: string }, cookies: string[] }}
 */
function login(state, params) {
  const apiKey = apiKeyParam(params);
  const domain = stringParam(params, 'domain');
  if (domain && !/^[a-z0-9.-]+$/i.test(domain)) throw new BadRequest('domain', 'expected a host name');
  const token = sessionToken();
  const exp = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
  state.key(apiKey).sessions.set(token, {
    token,
    exp,
    connectedProviders: stringParam(params, 'providers'),
    samlContext: stringParam(params, 'samlContext'),
    connectedSamlSessions: stringParam(params, 'samlSessions'),
    email: stringParam(params, 'email'),
  });
  const cookie = `${token}|UUID=${randomUUID().replaceAll('-', '')}`;
  const attributes = `; Path=/; SameSite=Lax${domain ? `; Domain=${domain}` : ''}`;
  return {
    body: { token, exp, cookie },
    cookies: [`glt_${apiKey}=${cookie}${attributes}`, `gltexp_${apiKey}=${exp}${attributes}`],
  };
}

/**
 * `POST /__emulator/answer` `{ apiKey, answer?, times?, saml?, location?, posture? }` (`location`: where
 * redirect answers point; `posture`: one of POSTURES, for every later answer of the key).
 * @param {EmulatorState} state
 * @param {Record<string, unknown>} params
 */
function setAnswer(state, params) {
  const apiKey = apiKeyParam(params);
  const { answer, saml, posture } = params;
  if (answer === undefined && saml === undefined && posture === undefined)
    throw new BadRequest('answer', 'give answer, saml and/or posture');
  if (posture !== undefined && (typeof posture !== 'string' || !POSTURES.includes(posture))) {
    throw new BadRequest('posture', `expected one of ${POSTURES.join(', ')}`);
  }
  if (answer !== undefined && !isAnswerMode(answer)) {
    throw new BadRequest('answer', `expected one of ${ANSWER_MODES.join(', ')}`);
  }
  if (saml !== undefined && saml !== 'ok' && saml !== 'hang') throw new BadRequest('saml', "expected 'ok' or 'hang'");
  const times = params.times === undefined ? undefined : Number(params.times);
  if (times !== undefined && (!Number.isInteger(times) || times < 1 || times > 1000)) {
    throw new BadRequest('times', 'expected an integer from 1 to 1000');
  }
  if (times !== undefined && answer === undefined) throw new BadRequest('answer', 'required with times');
  if (typeof answer === 'string') state.setAnswer(apiKey, answer, times);
  const location = stringParam(params, 'location');
  if (location) state.key(apiKey).location = location;
  if (saml === 'ok' || saml === 'hang') state.key(apiKey).saml = saml;
  if (typeof posture === 'string') state.key(apiKey).posture = posture;
  const key = state.key(apiKey);
  return { apiKey, sticky: key.sticky ?? 'ok', queue: key.queue, saml: key.saml, posture: key.posture };
}

/**
 * @param {string | (() => string | undefined) | undefined} value
 * @returns {string | undefined}
 */
function resolveOption(value) {
  return typeof value === 'function' ? value() : value;
}

/**
 * Handles one `/__emulator/<route>` request.
 * @param {EmulatorState} state
 * @param {EmulatorOptions} options
 * @param {Req} req
 * @param {Res} res
 * @param {URL} url
 */
export async function handleControl(state, options, req, res, url) {
  const cors = corsHeaders(req);
  const route = `${req.method} ${url.pathname.slice('/__emulator/'.length)}`;
  try {
    const params = await readParams(req, url);
    switch (route) {
      case 'POST login': {
        const { body, cookies } = login(state, params);
        return sendJson(res, 200, body, { ...cors, 'Set-Cookie': cookies });
      }
      case 'POST answer':
        return sendJson(res, 200, setAnswer(state, params), cors);
      case 'POST held': {
        // Answers once `count` requests of the key are held, so a test releases only what has arrived.
        const count = params.count === undefined ? 1 : Number(params.count);
        if (!Number.isInteger(count) || count < 1 || count > 1000) throw new BadRequest('count', 'expected an integer from 1 to 1000');
        return sendJson(res, 200, { held: await state.heldCount(apiKeyParam(params), count) }, cors);
      }
      case 'POST release':
        return sendJson(res, 200, { released: state.release(apiKeyParam(params)) }, cors);
      case 'POST reset':
        state.reset(apiKeyParam(params));
        return sendJson(res, 200, { reset: true }, cors);
      case 'GET requests':
        return sendJson(res, 200, state.key(apiKeyParam(params)).requests, cors);
      case 'GET info':
        return sendJson(
          res,
          200,
          {
            origin: `http://${req.headers.host}`,
            crossOrigin: resolveOption(options.crossOrigin),
            closedOrigin: resolveOption(options.closedOrigin),
          },
          cors,
        );
      default:
        return sendJson(res, 404, { error: `no emulator route ${route}` }, cors);
    }
  } catch (error) {
    if (error instanceof BadRequest) return sendJson(res, 400, { error: error.message, field: error.field }, cors);
    throw error;
  }
}
