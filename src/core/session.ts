import { warn } from './warn.js';

/** The Gigya session as cookies hold it: `glt_<APIKey>` (token up to the first `|`), `gltexp_<APIKey>`. */
export interface Session {
  token: string;
  exp?: string;
}

/** What the page's cookies hold of a site's session. */
export interface Found {
  session?: Session;
  /** Whether any of its cookies (`glt_`, `gltexp_`, `_gig_lt`) is there, even without a session. */
  any: boolean;
}

const sessionCookies = (apiKey: string) => [`glt_${apiKey}`, `gltexp_${apiKey}`, '_gig_lt'];

/** The value of cookie `name` in `cookies` (a `document.cookie`-shaped string, read once, as each read is a round trip). */
function readCookie(cookies: string, name: string): string | undefined {
  const value = cookies
    .split(/;\s*/)
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  try {
    return value && decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The site's session, with one `document.cookie` read (the only read before the request). Measured
 * (npm run bench): a `cookieStore.getAll()` here keeps the click handler 0.5 ms under minimal Lit's,
 * but delays the request, so click → response, by about 4 ms after a cookie write (Chromium 156);
 * the one read costs the handler about 0.9 ms instead.
 */
export function findSession(apiKey: string): Found {
  const all = document.cookie;
  const [glt, exp, lt] = sessionCookies(apiKey).map((name) => readCookie(all, name)?.split('|')[0]);
  return { session: glt ? { token: glt, exp } : undefined, any: (glt ?? exp ?? lt) != null };
}

/**
 * Expires the session cookies wherever they could have been set (docs/contract.md §2.2 step 3):
 * host-only and on the host and each parent domain but the top-level label alone (no cookie can be
 * set there; Firefox logs each try), for `/` and every prefix of the current path (with and without a
 * trailing `/`). With the Cookie Store API where the page has it, then with `document.cookie` writes
 * for any cookie still there (or all of them without the API: WebKit's store deletes nothing on
 * `http:`). Resolves when they are gone, with the check that "removal really removed": it reads
 * `document.cookie` only when writes went through it, and names a cookie still there in a warning.
 * The caller runs it once the answer is delivered: a read right after a write blocks while the
 * browser's cookie store catches up.
 */
export async function clearSession(apiKey: string): Promise<() => void> {
  const { hostname, pathname } = location;
  const domains = [''];
  if (!/^[\d.]+$|:/.test(hostname)) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  }
  const paths = ['/'];
  // `/a`, `/a/` (a directory path a cookie can be set on), `/a/b`…
  pathname.split('/').reduce((prefix, segment) => (paths.push(`${prefix}/`, `${prefix}/${segment}`), `${prefix}/${segment}`));
  let names = sessionCookies(apiKey);
  /** Calls `remove` for every name, domain and path: one loop for both APIs. */
  const each = (remove: (name: string, domain: string, path: string) => unknown) =>
    names.flatMap((name) => domains.flatMap((domain) => paths.map((path) => remove(name, domain, path))));
  // The asynchronous Cookie Store API, where the page has it (secure contexts of Chromium, Firefox, WebKit).
  const store = (globalThis as { cookieStore?: CookieStore }).cookieStore;
  if (store) {
    // A delete that fails (a domain the page cannot use) is the same as one that found nothing.
    await Promise.allSettled(each((name, domain, path) => store.delete({ name, domain: domain || null, path })));
    // What is left (all of them when the store cannot list: a page's own stand-in that fails) goes through document.cookie.
    const left = await store.getAll().catch(() => undefined);
    names = names.filter((name) => !left || left.some((cookie) => cookie.name == name));
  }
  each((name, domain, path) => (document.cookie = `${name}=;max-age=0;path=${path}${domain && `;domain=${domain}`}`));
  return () => {
    // Reads document.cookie only when there were writes.
    const all = names.length ? document.cookie : '';
    const still = names.filter((name) => readCookie(all, name) != null);
    if (still.length) warn(`cookie ${still} not removed`);
  };
}
