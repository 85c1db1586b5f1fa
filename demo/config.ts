// Decides where the demo's logouts go and sets Global Conf (window.__gigyaConf) accordingly.
// demo.ts imports this module before the component, so Global Conf is in place before any element
// exists.
//
//   /demo/                                  the local emulator (same origin), API key DEFAULT_DEMO_KEY
//   /demo/?demoKey=3_xyz                    the emulator with another API key (tests use one per run)
//   /demo/?apiKey=3_abc&dataCenter=eu1      a real Gigya site: no apiDomain, no emulator

export const DEFAULT_DEMO_KEY = '3_demoNorthwindOutfitters';

/** Where the demo's logouts go. */
export type DemoMode = { kind: 'emulator'; apiKey: string } | { kind: 'gigya'; apiKey: string; dataCenter: string | undefined };

/** Letters, digits and `_-.~`: what the emulator accepts, since the key names a cookie. */
const EMULATOR_KEY = /^[\w.~-]{1,100}$/;

/** Longest URL value taken as is; longer ones are cut (the SDK still judges what is left). */
const MAX_VALUE = 200;

function param(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null ? undefined : value.trim().slice(0, MAX_VALUE);
}

/** Reads the mode from a query string. Light checks only: the SDK itself answers 400006 to bad values. */
export function modeFrom(search: string): DemoMode {
  const query = new URLSearchParams(search);
  const apiKey = param(query, 'apiKey');
  if (apiKey !== undefined) return { kind: 'gigya', apiKey, dataCenter: param(query, 'dataCenter') || undefined };
  const demoKey = param(query, 'demoKey');
  return { kind: 'emulator', apiKey: demoKey && EMULATOR_KEY.test(demoKey) ? demoKey : DEFAULT_DEMO_KEY };
}

export const mode: DemoMode = modeFrom(location.search);

(window as unknown as { __gigyaConf?: Record<string, unknown> }).__gigyaConf =
  mode.kind === 'emulator'
    ? { apiKey: mode.apiKey, apiDomain: location.origin }
    : { apiKey: mode.apiKey, ...(mode.dataCenter ? { dataCenter: mode.dataCenter } : {}) };
