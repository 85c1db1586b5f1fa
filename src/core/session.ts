import { warn } from './warn.js';

/** The Gigya session as cookies hold it: `glt_<APIKey>` (token up to the first `|`), `gltexp_<APIKey>`. */
export interface Session {
  token: string;
  exp?: string;
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
export function findSession(apiKey: string): [session: Session | undefined, any: boolean] {
  const all = document.cookie;
  const [glt, exp, lt] = sessionCookies(apiKey).map((name) => readCookie(all, name)?.split('|')[0]);
  // And whether any of its cookies (`glt_`, `gltexp_`, `_gig_lt`) is there, even without a session.
  return [glt ? { token: glt, exp } : undefined, (glt ?? exp ?? lt) != null];
}

/**
 * Expires the session cookies wherever they could have been set (docs/contract.md §2.2 step 3):
 * host-only and on the host and each parent domain but the top-level label alone (no cookie can be
 * set there; Firefox logs each try), for `/` and every prefix of the current path (with and without a
 * trailing `/`). With the Cookie Store API where the page has it (it never blocks: a `document.cookie`
 * read that follows a write waits for the browser's cookie store, about 0.9 ms on a small machine),
 * then, in a second pass with `store` null, with `document.cookie` writes for the `names` still there
 * (all of them without the API; WebKit's store deletes nothing on `http:`). Resolves when they are
 * gone, with the check that "removal really removed": it reads `document.cookie` only when writes
 * went through it, and names a cookie still there in a warning. The caller runs it once the answer is
 * delivered.
 */
export async function clearSession(
  apiKey: string,
  names = sessionCookies(apiKey),
  store: CookieStore | null | undefined = (globalThis as { cookieStore?: CookieStore }).cookieStore,
): Promise<() => void> {
  const { hostname, pathname } = location;
  const domains = [''];
  if (!/^[\d.]+$|:/.test(hostname)) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  }
  // `/`, `/a`, `/a/` (a directory path a cookie can be set on), `/a/b`…, each once (`/` alone on the root).
  const paths = new Set(['/']);
  pathname.split('/').reduce((prefix, segment) => (paths.add(`${prefix}/`).add(`${prefix}/${segment}`), `${prefix}/${segment}`));
  // One loop for both APIs. A delete that fails (a domain the page cannot use) is the same as one that found nothing.
  await Promise.allSettled(
    names.flatMap((name) =>
      domains.flatMap((domain) =>
        [...paths].map((path) =>
          store
            ? store.delete({ name, domain: domain || null, path })
            : (document.cookie = `${name}=;max-age=0;path=${path}${domain && `;domain=${domain}`}`),
        ),
      ),
    ),
  );
  if (store) {
    // What is left (all of them when the store cannot list: a page's own stand-in that fails) goes through document.cookie.
    const left = await store.getAll().catch(() => undefined);
    return clearSession(
      apiKey,
      names.filter((name) => !left || left.some((cookie) => cookie.name == name)),
      null,
    );
  }
  return () => {
    // Reads document.cookie only when there were writes.
    const all = names.length ? document.cookie : '';
    const still = names.filter((name) => readCookie(all, name) != null);
    if (still.length) warn(`cookie ${still} not removed`);
  };
}
