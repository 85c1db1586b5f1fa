// The one way this library reads what the page controls: a global (`__gigyaConf`, `gigya`, `FB`) or
// a params object. Anything there may be a frame named like the global, a throwing getter, a revoked
// Proxy, or inherit keys from a polluted Object.prototype: only own properties count, every read is
// guarded, and nothing thrown there leaves the library.

import { warn } from './console.js';

/** `Object.prototype.hasOwnProperty`, taken before any page script can replace it. */
export const hasOwn = Object.prototype.hasOwnProperty;
const warned = new Set<string>();

/** One console warning per cause (`what` was ignored, and why) per page. */
function warnOnce(what: string, why: unknown): void {
  if (warned.has(what)) return;
  warned.add(what);
  warn(`${what} ignored (${why})`);
}

/** `read()`, or `undefined` (and one warning naming `what`) when it throws. */
export function readSafely<T>(what: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    warnOnce(what, error);
  }
}

/**
 * A page global by name, read guarded (a throwing getter on `window` counts as absent). A name that
 * `window` only inherits from `Object.prototype` (pollution) is not a global.
 */
export const pageGlobal = (name: string): unknown =>
  readSafely(`window.${name}`, () =>
    hasOwn.call(globalThis, name) || !(name in Object.prototype) ? (globalThis as Record<string, unknown>)[name] : undefined,
  );

/**
 * `value` when it is a plain object (prototype `Object.prototype` or `null`), not a window (a frame
 * named like the global: cross-origin ones have a `null` prototype too) and not an element; else throws.
 */
function plainObject(value: unknown): Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  if (typeof value == 'object' && (proto === Object.prototype || proto === null) && !hasOwn.call(value, 'window'))
    return value as Record<string, unknown>;
  throw 'not a plain object';
}

/** The own properties of a params object that were read, or the key whose read threw. */
export interface OwnFields {
  fields: Record<string, unknown>;
  /** The key whose read threw, or `''` when the object itself could not be read. */
  failed?: string;
}

/**
 * Own enumerable string-keyed properties of `source` (only `keys` when given), each read once.
 * Keys set to `undefined`/`null` are left out. Never throws: a key whose read throws is left out and
 * named in `failed` (the first such key), and the other keys are still read.
 */
export function ownFields(source: unknown, keys?: readonly string[]): OwnFields {
  const fields: Record<string, unknown> = Object.create(null);
  let failed: string | undefined;
  let names: readonly string[];
  try {
    names = source == null ? [] : (keys ?? Object.keys(source));
  } catch {
    return { fields, failed: '' };
  }
  for (const key of names)
    try {
      if (!hasOwn.call(source, key)) continue;
      const value = (source as Record<string, unknown>)[key];
      if (value != null) fields[key] = value;
    } catch {
      failed ??= key;
    }
  return { fields, failed };
}

/**
 * The own `keys` of a page global that should be a plain object (Global Conf). Anything else counts
 * as absent, and a key whose read throws counts as absent while the others stay; each with one warning.
 */
export function pageObject(name: string, keys: readonly string[]): Record<string, unknown> {
  const value = pageGlobal(name);
  const conf = value == null ? undefined : readSafely(`window.${name}`, () => plainObject(value));
  const { fields, failed } = ownFields(conf, keys);
  if (failed !== undefined) warnOnce(`${name}.${failed}`, 'unreadable');
  return fields;
}

/**
 * `window[name][path[0]][path[1]]…` through own properties only, read guarded: `undefined` when a
 * step is missing, inherited or not an object (a frame or element named `gigya`), or its read throws.
 */
export function readPath(name: string, path: readonly string[]): unknown {
  let value = pageGlobal(name);
  return readSafely(`window.${name}`, () => {
    for (const step of path) {
      if (!value || (typeof value != 'object' && typeof value != 'function') || !hasOwn.call(value, step)) return;
      value = (value as Record<string, unknown>)[step];
    }
    return value;
  });
}
