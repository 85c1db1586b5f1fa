import { isOff } from './coercion.js';
import { serviceOrigin } from './endpoint.js';
import type { LogoutParams } from './types.js';

/**
 * Whether a logout of the site `logoutKey` is one of the site `ownKey`: the API keys are equal, or
 * one of them is unknown. Each element relays only such logouts (docs/contract.md §1, two sites on one page).
 */
export const sameSite = (ownKey: unknown, logoutKey: unknown): boolean => !ownKey || !logoutKey || ownKey === logoutKey;

/** What a logout goes through: gigya.js (bridge mode) or the REST origin it is posted to. */
export const route = (params: LogoutParams, bridged: boolean): string => (bridged ? 'gigya.js' : serviceOrigin(params, 'socialize'));

/**
 * Logouts at the same time share one request only when this key is equal (docs/contract.md §1): the same API key,
 * the same route, the same `forceProvidersLogout` and `alwaysSend`. Any other call runs on its own.
 */
export const sharingKey = (params: LogoutParams, via: string): string =>
  JSON.stringify([params.apiKey ?? '', via, !isOff(params.forceProvidersLogout), !!params.alwaysSend]);
