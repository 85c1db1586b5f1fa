import { INVALID_PARAMETER, MISSING_PARAMETER } from './errors.js';
import { localAnswer } from './response.js';
import { hasOwn, ownFields, pageObject } from './page-globals.js';
import type { Answer, LogoutParams } from './types.js';

/** The Global Conf keys that this call reads; the rest of `window.__gigyaConf` is gigya.js's business. */
const CONF_KEYS = ['apiKey', 'APIKey', 'dataCenter', 'apiDomain', 'alwaysSend', 'cid', 'timeout', 'redirectOrigins', 'crossTabLogout'];

/** `window.__gigyaConf`'s own keys that this library uses (SPEC §2.1); empty when it is not a readable plain object. */
export const globalConf = (): Record<string, unknown> => pageObject('__gigyaConf', CONF_KEYS);

/** Merged params, or the 400006 answer for call params that could not be read. */
export interface Merged {
  params: LogoutParams;
  unreadable?: Answer;
}

/**
 * Global Conf under the call's params, key by key, own properties only; `undefined`/`null` never
 * override, `APIKey` becomes `apiKey`. The result has no prototype, so nothing inherited is a param.
 */
export function mergeParams(call?: unknown): Merged {
  const params: Record<string, unknown> = Object.create(null);
  const take = (fields: Record<string, unknown>) => {
    for (const key of Object.keys(fields)) params[key == 'APIKey' ? 'apiKey' : key] = fields[key];
  };
  take(globalConf());
  const { fields, failed } = ownFields(call && typeof call == 'object' ? call : undefined);
  take(fields);
  return {
    params: params as LogoutParams,
    unreadable:
      failed === undefined
        ? undefined
        : localAnswer(INVALID_PARAMETER, `params${failed && '.' + failed} could not be read`),
  };
}

const DATA_CENTER = /^((us1|eu1|au1|ru1|cn1|il1|global)(\.gigya\.com)?|cn1\.sapcdm\.cn|cn1\.gigya-api\.cn)$/i;
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** A bare host name, the form gigya.js itself uses for `apiDomain` (`us1.gigya.com`, `login.example.com`). */
const BARE_HOST = /^[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)+$/i;
/** Hosts under these are Gigya data-center hosts: the services are `socialize.<host>`, `fidm.<host>`. */
const GIGYA_HOST = /(^|\.)(gigya\.com|gigya-api\.cn|sapcdm\.cn)$/i;

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
  apiDomain: [(v) => isApiOrigin(v) || (typeof v == 'string' && BARE_HOST.test(v)), 'a bare https origin (http on localhost only) or host'],
};

/** Why `value` is not valid for the param `name`, or `undefined` when it is (or when it is not set). */
export function invalidReason(name: string, value: unknown): string | undefined {
  const rule = hasOwn.call(RULES, name) ? RULES[name] : undefined;
  return rule && value != null && !rule[0](value) ? `${name} must be ${rule[1]}` : undefined;
}

/** The 400006 answer for the first invalid param, if any. */
export function validate(params: LogoutParams): Answer | undefined {
  for (const name of Object.keys(RULES)) {
    const reason = invalidReason(name, params[name as keyof LogoutParams]);
    if (reason) return localAnswer(INVALID_PARAMETER, reason);
  }
}

export const missingApiKey = (): Answer =>
  localAnswer(MISSING_PARAMETER, 'apiKey is required (api-key or __gigyaConf.apiKey)');

/** `false`, `0`, `'false'`, `'0'` (any case) turn provider logout off. */
export const isOff = (value: unknown): boolean => /^(false|0)$/i.test(String(value));

export const timeoutOf = (params: LogoutParams): number => Math.min(+(params.timeout ?? 15000), 2 ** 31 - 1);

/**
 * `https://<service>.<data center host>`, or the custom API domain's origin. A bare-host `apiDomain`
 * means what it means to gigya.js: a data-center host under a Gigya domain, else the custom domain itself.
 */
export function serviceOrigin(params: LogoutParams, service: 'socialize' | 'fidm'): string {
  const domain = params.apiDomain;
  if (domain && BARE_HOST.test(domain)) return `https://${GIGYA_HOST.test(domain) ? `${service}.` : ''}${domain.toLowerCase()}`;
  if (domain) return new URL(domain).origin;
  const dataCenter = (params.dataCenter ?? 'us1').toLowerCase();
  return `https://${service}.${dataCenter.includes('.') ? dataCenter : dataCenter + '.gigya.com'}`;
}
