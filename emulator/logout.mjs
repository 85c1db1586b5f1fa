// `POST /socialize.logout`: records the call, then answers as the API key's answer mode says.

import { STATUS_CODES } from 'node:http';
import { callId, parseForm, postureHeaders, readBody, resetConnection, send, sendJson, waitUnlessClosed } from './http.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./state.mjs').EmulatorState} EmulatorState */
/** @typedef {import('./state.mjs').RecordedRequest} RecordedRequest */

/**
 * Message and details of the error codes tests use most; others get 'Error'.
 * @type {Record<number, [string, string]>}
 */
const ERROR_MESSAGES = {
  400006: ['Invalid parameter value', 'Invalid argument: emulated invalid parameter'],
  400093: ['Invalid ApiKey parameter', 'Invalid ApiKey parameter'],
  403005: ['Unauthorized user', 'No active session for this login token'],
  500001: ['General Server Error', 'Emulated general server error'],
};

const PROXY_ERROR_PAGE = `<!DOCTYPE html>
<html><head><title>500 Internal Server Error</title></head>
<body><center><h1>500 Internal Server Error</h1></center>
<hr><center>nginx</center></body></html>
`;

const DEFAULT_SLOW_MS = 3000;

/**
 * A list of every answer mode, as `POST /__emulator/answer` accepts them.
 * `error:<6 digits>` and `slow:<ms>` take an argument.
 */
export const ANSWER_MODES = [
  'ok',
  'error:<code>',
  'html500',
  'malformed',
  'no-error-code',
  'slow',
  'slow:<ms>',
  'hang',
  'hold',
  'reset',
  'nocors',
  'redirect:<3xx>',
  'redirect-nocors:<3xx>',
];

/**
 * How the server behind a key stands toward the page (docs/contract.md §2.2), whatever the answer mode:
 * the CORS headers of its logout answers (`cors=…`, see `postureHeaders`), or `blocked`: every
 * connection is refused at once (reset before any answer; nothing is processed), as a host that an ad
 * blocker or a firewall refuses looks to the page. Also for `GET /js/gigya.js?apiKey=` (the site check).
 */
export const POSTURES = ['cors=reflect', 'cors=wildcard', 'cors=none', 'blocked'];

/**
 * Whether `answer` is a valid answer mode.
 * @param {unknown} answer
 * @returns {boolean}
 */
export function isAnswerMode(answer) {
  if (typeof answer !== 'string') return false;
  if (/^error:[1-9]\d{5}$/.test(answer)) return true;
  if (/^redirect(-nocors)?:30[1278]$/.test(answer)) return true;
  const slow = /^slow:(\d{1,6})$/.exec(answer);
  if (slow) return Number(slow[1]) <= 600_000;
  return ANSWER_MODES.includes(answer) && !answer.includes('<');
}

/**
 * Builds the record of one incoming request.
 * @param {Req} req
 * @param {URL} url
 * @param {Record<string, string>} fields
 * @returns {RecordedRequest}
 */
export function recordOf(req, url, fields) {
  return {
    method: req.method ?? '',
    path: url.pathname,
    url: url.pathname + url.search,
    contentType: String(req.headers['content-type'] ?? ''),
    origin: String(req.headers.origin ?? ''),
    cookie: String(req.headers.cookie ?? ''),
    host: String(req.headers.host ?? ''),
    fields,
    time: Date.now(),
  };
}

/**
 * Handles `POST /socialize.logout`.
 * @param {EmulatorState} state
 * @param {Req} req
 * @param {Res} res
 * @param {URL} url
 */
export async function handleLogout(state, req, res, url) {
  const fields = parseForm(await readBody(req));
  const apiKey = fields.APIKey ?? '';
  const key = state.key(apiKey);
  key.requests.push(recordOf(req, url, fields));
  if (key.posture === 'blocked') return resetConnection(req);
  await answer(state, state.nextAnswer(apiKey), { apiKey, token: fields.login_token, req, res });
}

/**
 * @typedef {object} Call
 * @property {string} apiKey
 * @property {string | undefined} token
 * @property {Req} req
 * @property {Res} res
 */

/**
 * Answers one logout call in the given mode.
 * @param {EmulatorState} state
 * @param {string} mode
 * @param {Call} call
 */
async function answer(state, mode, call) {
  const { req, res } = call;
  const cors = postureHeaders(req, state.key(call.apiKey).posture);
  if (mode === 'ok') return answerOk(state, call, cors);
  if (mode === 'nocors') return answerOk(state, call, {});
  if (mode.startsWith('error:')) return sendJson(res, 200, errorBody(Number(mode.slice(6))), cors);
  if (mode === 'html500') return send(res, 500, 'text/html; charset=utf-8', PROXY_ERROR_PAGE, cors);
  if (mode === 'malformed') return send(res, 200, 'application/json', `{"callId":"${callId()}","errorCode":0,"statusCo`, cors);
  if (mode === 'no-error-code') return sendJson(res, 200, { callId: callId(), statusCode: 200, time: now() }, cors);
  if (mode === 'reset') return resetConnection(req);
  if (mode.startsWith('redirect')) {
    // A redirect to the key's `location`; with CORS headers (the page sees it) or, `-nocors`, without.
    const location = state.key(call.apiKey).location ?? '/';
    return send(res, Number(mode.split(':')[1]), 'text/plain', `see ${location}`, {
      ...(mode.includes('nocors') ? {} : cors),
      Location: location,
    });
  }
  if (mode === 'hang') return; // never answer; nothing to clean up when the client goes away
  if (mode === 'hold') {
    if (await holdUntilReleased(state, call)) return answerOk(state, call, cors);
    return;
  }
  if (mode === 'slow' || mode.startsWith('slow:')) {
    const ms = mode === 'slow' ? DEFAULT_SLOW_MS : Number(mode.slice(5));
    if (await waitUnlessClosed(res, ms)) return answerOk(state, call, cors);
    return;
  }
  throw new Error(`unknown answer mode ${mode}`);
}

/**
 * Waits for `POST /__emulator/release` of the call's key.
 * @param {EmulatorState} state
 * @param {Call} call
 * @returns {Promise<boolean>} false when the client went away first
 */
function holdUntilReleased(state, { apiKey, res }) {
  return new Promise((resolve) => {
    const held = state.key(apiKey).held;
    const go = () => {
      res.off('close', gone);
      resolve(true);
    };
    const gone = () => {
      held.delete(go);
      resolve(false);
    };
    held.add(go);
    res.once('close', gone);
    for (const waiter of [...state.key(apiKey).heldWaiters]) waiter();
  });
}

/**
 * The `ok` answer: success for a live session (which ends), else Gigya's 403005.
 * @param {EmulatorState} state
 * @param {Call} call
 * @param {Record<string, string>} headers
 */
function answerOk(state, { apiKey, token, res }, headers) {
  const session = state.endSession(apiKey, token);
  if (!session) return sendJson(res, 200, errorBody(403005), headers);
  /** @type {Record<string, unknown>} */
  const body = { callId: callId(), errorCode: 0, apiVersion: 2, statusCode: 200, statusReason: 'OK', time: now() };
  if (session.connectedProviders) body.connectedProviders = session.connectedProviders;
  if (session.samlContext) body.samlContext = session.samlContext;
  if (session.connectedSamlSessions) body.connectedSamlSessions = session.connectedSamlSessions;
  sendJson(res, 200, body, headers);
}

/**
 * `GET /js/gigya.js?apiKey=…`: where the site check (src/core/check-site.ts) looks whether gigya.js's
 * host is reachable. A comment as script, or, in posture `blocked`, a refused connection.
 * @param {EmulatorState} state
 * @param {Req} req
 * @param {Res} res
 * @param {URL} url
 */
export function handleSdkScript(state, req, res, url) {
  const key = state.key(url.searchParams.get('apiKey') ?? '');
  key.requests.push(recordOf(req, url, Object.fromEntries(url.searchParams)));
  if (key.posture === 'blocked') return resetConnection(req);
  send(res, 200, 'text/javascript; charset=utf-8', '/* gigya.js of the Gigya emulator: reachable */\n');
}

/**
 * A Gigya error body (sent with HTTP 200, as Gigya does).
 * @param {number} code six-digit Gigya error code
 * @returns {Record<string, unknown>}
 */
export function errorBody(code) {
  const [errorMessage, errorDetails] = ERROR_MESSAGES[code] ?? ['Error', `Emulated error ${code}`];
  const statusCode = Number(String(code).slice(0, 3));
  return {
    callId: callId(),
    errorCode: code,
    errorMessage,
    errorDetails,
    statusCode,
    statusReason: STATUS_CODES[statusCode] ?? 'Error',
    time: now(),
  };
}

/** @returns {string} the current time as Gigya sends it */
function now() {
  return new Date().toISOString();
}
