// SAML single-logout endpoints that provider logout loads in hidden iframes:
//   GET /saml/v2.0/<apiKey>/sp/jsslo?name=<name>
//   GET /saml/v2.0/<apiKey>/idp/slo/continue/?samlContext=…&samlSession=…

import { recordOf } from './logout.mjs';
import { send } from './http.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./state.mjs').EmulatorState} EmulatorState */

const SAML_PATH = /^\/saml\/v2\.0\/([^/]+)\/(sp\/jsslo|idp\/slo\/continue)\/?$/;

/**
 * The API key of a SAML endpoint URL, or undefined when the path is not one.
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function samlApiKey(pathname) {
  const match = SAML_PATH.exec(pathname);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/**
 * Records a SAML GET, then answers a tiny HTML page, or never answers when the key's saml mode is `hang`.
 * @param {EmulatorState} state
 * @param {string} apiKey
 * @param {Req} req
 * @param {Res} res
 * @param {URL} url
 */
export function handleSaml(state, apiKey, req, res, url) {
  const key = state.key(apiKey);
  key.requests.push(recordOf(req, url, Object.fromEntries(url.searchParams)));
  if (key.saml === 'hang') return;
  const page = `<!DOCTYPE html><html><head><title>SAML logout</title></head><body>Logged out (${escapeHtml(url.pathname)})</body></html>`;
  send(res, 200, 'text/html; charset=utf-8', page);
}

/**
 * @param {string} text
 * @returns {string}
 */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
