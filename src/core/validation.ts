import { BARE_HOST, DATA_CENTER, LOOPBACK } from './endpoint.js';
import { INVALID_PARAMETER, MISSING_PARAMETER } from './errors.js';
import { hasOwn } from './page-globals.js';
import { localAnswer } from './response.js';
import type { Answer, LogoutParams } from './types.js';

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
  timeout: [(v) => (typeof v == 'number' || (typeof v == 'string' && !!v.trim())) && +v > 0 && +v < Infinity, 'a positive number (ms)'],
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

export const missingApiKey = (): Answer => localAnswer(MISSING_PARAMETER, 'apiKey is required (api-key or __gigyaConf.apiKey)');
