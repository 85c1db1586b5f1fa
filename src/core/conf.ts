import { INVALID_PARAMETER } from './errors.js';
import { localAnswer } from './response.js';
import { ownFields, pageObject } from './page-globals.js';
import type { Answer, LogoutParams } from './types.js';

/** The Global Conf keys that this call reads; the rest of `window.__gigyaConf` is gigya.js's business. */
const CONF_KEYS = ['apiKey', 'APIKey', 'dataCenter', 'apiDomain', 'alwaysSend', 'cid', 'timeout', 'redirectOrigins', 'crossTabLogout'];

/** `window.__gigyaConf`'s own keys that this library uses (docs/contract.md §2.1); empty when it is not a readable plain object. */
export const globalConf = (): Record<string, unknown> => pageObject('__gigyaConf', CONF_KEYS);

/** Another Global Conf key (the element layer's `lang`), own property only, read as guarded as the rest. */
export const confField = (key: string): unknown => pageObject('__gigyaConf', [key])[key];

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
  const source = call && typeof call == 'object' ? call : undefined;
  const { fields, failed } = ownFields(source);
  take(fields);
  // Keys that cannot be listed (a Proxy whose `ownKeys` throws): its callback still gets the answer.
  if (failed === '') take(ownFields(source, ['callback']).fields);
  return {
    params: params as LogoutParams,
    unreadable: failed === undefined ? undefined : localAnswer(INVALID_PARAMETER, `params${failed && '.' + failed} could not be read`),
  };
}
