import type { LogoutParams } from './types.js';

/** `false`, `0`, `'false'`, `'0'` (any case) turn provider logout off. */
export const isOff = (value: unknown): boolean => /^(false|0)$/i.test(String(value));

/** The time for each attempt, in ms: the `timeout` param (default 15000), at most what a timer can wait. */
export const timeoutOf = (params: LogoutParams): number => Math.min(+(params.timeout ?? 15000), 2 ** 31 - 1);
