import { INVALID_PARAMETER, MISSING_PARAMETER } from './errors.js';
import { localAnswer } from './response.js';
import type { Answer, LogoutParams } from './types.js';

/** The Global Conf keys that this call reads; the rest of `window.__gigyaConf` is gigya.js's business. */
const CONF_KEYS = ['apiKey', 'APIKey', 'dataCenter', 'apiDomain', 'alwaysSend', 'cid', 'timeout', 'redirectOrigins', 'crossTabLogout'];

/** `window.__gigyaConf`, only when it is a plain object (an element with that id must not count). */
export function globalConf(): Record<string, unknown> {
  const conf = (globalThis as { __gigyaConf?: unknown }).__gigyaConf;
  const proto = conf && typeof conf == 'object' && Object.getPrototypeOf(conf);
  return proto === Object.prototype || proto === null ? (conf as Record<string, unknown>) : {};
}

/** Global Conf under the call's params, key by key; `undefined`/`null` never override, `APIKey` becomes `apiKey`. */
export function mergeParams(call?: LogoutParams): LogoutParams {
  const conf = globalConf();
  const merged: Record<string, unknown> = {};
  const take = (source: Record<string, unknown>, keys: string[]) => {
    for (const key of keys) if (source[key] != null) merged[key == 'APIKey' ? 'apiKey' : key] = source[key];
  };
  take(conf, CONF_KEYS);
  if (call && typeof call == 'object') take(call as Record<string, unknown>, Object.keys(call));
  return merged as LogoutParams;
}

const DATA_CENTER = /^((us1|eu1|au1|ru1|cn1|il1|global)(\.gigya\.com)?|cn1\.sapcdm\.cn|cn1\.gigya-api\.cn)$/i;
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** A bare origin (nothing after it but an optional `/`), https, or http on loopback only. */
function isApiOrigin(value: unknown): boolean {
  try {
    const url = new URL(value as string);
    return (
      typeof value == 'string' &&
      url.href == url.origin + '/' &&
      (url.protocol == 'https:' || (url.protocol == 'http:' && LOOPBACK.test(url.hostname)))
    );
  } catch {
    return false;
  }
}

/** For each param that can be invalid: its test, and what it must be. */
const RULES: Record<string, [(value: unknown) => boolean, string]> = {
  apiKey: [(v) => typeof v == 'string' && /^[\w.-]+$/.test(v), 'an API key'],
  cid: [(v) => typeof v == 'string' && v.length <= 100, 'a string of at most 100 characters'],
  timeout: [
    (v) => (typeof v == 'number' || (typeof v == 'string' && !!v.trim())) && +v > 0 && +v < Infinity,
    'a positive number (ms)',
  ],
  dataCenter: [(v) => typeof v == 'string' && DATA_CENTER.test(v), 'a Gigya data center'],
  apiDomain: [isApiOrigin, 'a bare https origin (http on localhost only)'],
};

/** Why `value` is not valid for the param `name`, or `undefined` when it is (or when it is not set). */
export function invalidReason(name: string, value: unknown): string | undefined {
  const rule = RULES[name];
  return rule && value != null && !rule[0](value) ? `${name} must be ${rule[1]}` : undefined;
}

/** The 400006 answer for the first invalid param, if any. */
export function validate(params: LogoutParams): Answer | undefined {
  for (const name in RULES) {
    const reason = invalidReason(name, params[name as keyof LogoutParams]);
    if (reason) return localAnswer(INVALID_PARAMETER, reason);
  }
}

export const missingApiKey = (): Answer =>
  localAnswer(MISSING_PARAMETER, 'apiKey is required (api-key or __gigyaConf.apiKey)');

/** `false`, `0`, `'false'`, `'0'` (any case) turn provider logout off. */
export const isOff = (value: unknown): boolean => /^(false|0)$/i.test(String(value));

export const timeoutOf = (params: LogoutParams): number => Math.min(+(params.timeout ?? 15000), 2 ** 31 - 1);

/** `https://<service>.<data center host>`, or the custom API domain's origin. */
export function serviceOrigin(params: LogoutParams, service: 'socialize' | 'fidm'): string {
  if (params.apiDomain) return new URL(params.apiDomain).origin;
  const dataCenter = (params.dataCenter ?? 'us1').toLowerCase();
  return `https://${service}.${dataCenter.includes('.') ? dataCenter : dataCenter + '.gigya.com'}`;
}
