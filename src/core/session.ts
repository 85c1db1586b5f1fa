import { warn } from './console.js';

/** The Gigya session as cookies hold it: `glt_<APIKey>` (token up to the first `|`), `gltexp_<APIKey>`. */
export interface Session {
  _token: string;
  _exp?: string;
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
export function findSession(apiKey: string): [session: Session | undefined, any: boolean, cookies: string] {
  const all = document.cookie;
  const [glt, exp, lt] = sessionCookies(apiKey).map((name) => readCookie(all, name)?.split('|')[0]);
  // And whether any of its cookies (`glt_`, `gltexp_`, `_gig_lt`) is there, even without a session;
  // and the cookies as read, for the check after removal.
  return [glt ? { _token: glt, _exp: exp } : undefined, (glt ?? exp ?? lt) != null, all];
}

/**
 * Expires the session cookies wherever they could have been set (docs/contract.md §2.2 step 3):
 * host-only and on the host and each parent domain but the top-level label alone (no cookie can be
 * set there; Firefox logs each try), for `/` and every prefix of the current path (with and without a
 * trailing `/`), with `document.cookie` writes and no read: a write never waits (20 of them take
 * about 1 ms), a read that follows a write waits for the browser's cookie store (about 0.9 ms each on
 * a small machine). Not with the Cookie Store API: WebKit's deletes nothing on `http:`, and mixing it
 * with `document.cookie` there let a removed cookie come back (seen in the suite). Returns the check
 * that "removal really removed", which the caller runs once the answer is delivered: it names in a
 * warning a cookie still there, twice {@link RECHECK_MS} apart, with the value it had in `before` (the
 * cookies as read before the removal); one set anew meanwhile (a new sign-in) is not a survivor.
 */
export function clearSession(apiKey: string, before: string, names = sessionCookies(apiKey)): () => void {
  const { hostname, pathname } = location;
  const domains = [''];
  if (!/^[\d.]+$|:/.test(hostname)) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  }
  // `/`, `/a`, `/a/` (a directory path a cookie can be set on), `/a/b`…, each once (`/` alone on the root).
  const paths = new Set(['/']);
  pathname.split('/').reduce((prefix, segment) => (paths.add(`${prefix}/`).add(`${prefix}/${segment}`), `${prefix}/${segment}`));
  for (const name of names)
    for (const domain of domains)
      for (const path of paths) document.cookie = `${name}=;max-age=0;path=${path}${domain && `;domain=${domain}`}`;
  const survivors = () => {
    const all = document.cookie;
    return names.filter((name) => {
      const now = readCookie(all, name);
      return now != null && now == readCookie(before, name);
    });
  };
  // WebKit's document.cookie can show a removed cookie again for a moment (the notice of an earlier
  // write arriving late, seen in the suite): a survivor counts once it is still there a second later.
  return () => {
    if (survivors().length)
      setTimeout(() => {
        const still = survivors();
        if (still.length) warn(`cookie ${still} not removed`);
      }, RECHECK_MS);
  };
}

/** How long after a first sight of a survivor the removal check looks again. */
export const RECHECK_MS = 1000;
