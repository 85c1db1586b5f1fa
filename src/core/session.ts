import { warn } from './warn.js';

/** The Gigya session as cookies hold it: `glt_<APIKey>` (token up to the first `|`), `gltexp_<APIKey>`. */
export interface Session {
  token: string;
  exp?: string;
}

const sessionCookies = (apiKey: string) => [`glt_${apiKey}`, `gltexp_${apiKey}`, '_gig_lt'];

/** The value of cookie `name` in `cookies` (a `document.cookie` read once, as each read is a round trip). */
function readCookie(cookies: string, name: string): string | undefined {
  for (const pair of cookies.split(/;\s*/)) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) == name) {
      const value = pair.slice(at + 1);
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
}

export function readSession(apiKey: string): Session | undefined {
  const cookies = document.cookie;
  const [glt, exp] = sessionCookies(apiKey).map((name) => readCookie(cookies, name)?.split('|')[0]);
  return glt ? { token: glt, exp } : undefined;
}

/** Whether `gltexp_<APIKey>` or `_gig_lt` is left without a session (they go all the same). */
export const hasLeftovers = (apiKey: string): boolean => sessionCookies(apiKey).some((name) => readCookie(document.cookie, name) != null);

/**
 * Expires the session cookies wherever they could have been set: host-only and on the host and each
 * parent domain but the top-level label alone (no cookie can be set there; Firefox logs each try), for
 * `/` and every prefix of the current path (with and without a trailing `/`). Then `document.cookie`
 * is read again, and a cookie still there is named in a warning: in the next task, as a read right
 * after the writes waits for the browser's cookie store (0.3 to 0.5 ms), or when the returned
 * function is called, if that is sooner.
 */
export function clearSession(apiKey: string): () => void {
  const { hostname, pathname } = location;
  const domains = [''];
  if (!/^[\d.]+$|:/.test(hostname)) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.push(`;domain=${labels.slice(i).join('.')}`);
  }
  const paths = ['/'];
  // `/a`, `/a/` (a directory path a cookie can be set on), `/a/b`…
  pathname.split('/').reduce((prefix, segment) => (paths.push(`${prefix}/`, `${prefix}/${segment}`), `${prefix}/${segment}`));
  const names = sessionCookies(apiKey);
  for (const name of names)
    for (const domain of domains) for (const path of paths) document.cookie = `${name}=;max-age=0;path=${path}${domain}`;
  const check = () => {
    // Once: a second call finds no names left, and reads nothing.
    const left = names.splice(0).filter((name) => readCookie(document.cookie, name));
    if (left.length) warn(`cookie ${left} not removed`);
  };
  setTimeout(check);
  return check;
}
