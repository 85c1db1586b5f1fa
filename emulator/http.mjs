// Small HTTP helpers for the Gigya emulator: body parsing, CORS, JSON/HTML answers, ids.
// Plain node:http request/response objects only; no dependencies.

import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

const MAX_BODY = 64 * 1024;

/** A client mistake, answered with 400 and the name of the field that is wrong. */
export class BadRequest extends Error {
  /**
   * @param {string} field
   * @param {string} problem
   */
  constructor(field, problem) {
    super(`${field}: ${problem}`);
    this.field = field;
  }
}

/**
 * Reads the whole request body as text (at most 64 KB).
 * @param {Req} req
 * @returns {Promise<string>}
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    let tooLarge = false;
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      if (body.length + chunk.length > MAX_BODY)
        tooLarge = true; // keep draining, stop keeping
      else body += chunk;
    });
    req.on('end', () => (tooLarge ? reject(new BadRequest('body', 'larger than 64 KB')) : resolve(body)));
    req.on('error', reject);
  });
}

/**
 * Parses an application/x-www-form-urlencoded body into a plain object (last value wins).
 * @param {string} body
 * @returns {Record<string, string>}
 */
export function parseForm(body) {
  return Object.fromEntries(new URLSearchParams(body));
}

/**
 * Reads control parameters: the JSON body (when there is one) merged over the query string.
 * @param {Req} req
 * @param {URL} url
 * @returns {Promise<Record<string, unknown>>} throws a BadRequest on a body that is not a JSON object
 */
export async function readParams(req, url) {
  const params = /** @type {Record<string, unknown>} */ (Object.fromEntries(url.searchParams));
  const body = (await readBody(req)).trim();
  if (!body) return params;
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) return { ...params, ...parseForm(body) };
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest('body', 'not valid JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequest('body', 'expected a JSON object');
  }
  return { ...params, ...parsed };
}

/**
 * CORS headers reflecting the request's Origin, with credentials (none when there is no Origin).
 * @param {Req} req
 * @returns {Record<string, string>}
 */
export function corsHeaders(req) {
  const origin = req.headers.origin;
  const headers = { Vary: 'Origin' };
  if (!origin) return headers;
  return {
    ...headers,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
  };
}

/**
 * The CORS headers of a logout answer in a server posture (docs/contract.md §2.2): `cors=reflect` (the
 * page's origin, with credentials), `cors=wildcard` (`*`, no credentials: readable only by a request
 * without credentials) or `cors=none` (no CORS headers: no page can read it, yet the call is processed).
 * @param {Req} req
 * @param {string} posture
 * @returns {Record<string, string>}
 */
export function postureHeaders(req, posture) {
  if (posture === 'cors=none') return {};
  if (posture === 'cors=wildcard') return { 'Access-Control-Allow-Origin': '*' };
  return corsHeaders(req);
}

/**
 * Drops the connection with a TCP RST, after an interim `100 Continue` so that the browser does not
 * silently retry the request: after a plain reset of a reused keep-alive connection Chromium 156 and
 * Firefox 153 both resend it, on every idle connection they have (measured: 6 attempts), so the page
 * would never see the failure. With bytes received first, they give up at once and fetch rejects.
 * @param {Req} req
 */
export function resetConnection(req) {
  const socket = req.socket;
  socket.write('HTTP/1.1 100 Continue\r\n\r\n', () => setTimeout(() => socket.resetAndDestroy(), 10));
}

/**
 * Answers a CORS preflight: 204, POST/GET allowed, Content-Type allowed.
 * @param {Req} req
 * @param {Res} res
 */
export function answerPreflight(req, res) {
  /** @type {Record<string, string>} */
  const headers = {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
  };
  if (req.headers['access-control-request-private-network']) {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  res.writeHead(204, 'No Content', headers);
  res.end();
}

/**
 * Sends a JSON answer.
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

/**
 * Sends any text answer, never cached.
 * @param {Res} res
 * @param {number} status
 * @param {string} contentType
 * @param {string} body
 * @param {Record<string, string | string[]>} [headers]
 */
export function send(res, status, contentType, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, STATUS_CODES[status] ?? 'Unknown', {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** @returns {string} a Gigya-like call id: 32 lowercase hex characters */
export function callId() {
  return randomBytes(16).toString('hex');
}

/** @returns {string} a login token like Gigya's: `st2.` + random base64url */
export function sessionToken() {
  return `st2.${randomBytes(24).toString('base64url')}`;
}

/**
 * Resolves after `ms`, or early (with false) when the client goes away first.
 * @param {Res} res
 * @param {number} ms
 * @returns {Promise<boolean>} true when the time passed with the client still there
 */
export function waitUnlessClosed(res, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
}
