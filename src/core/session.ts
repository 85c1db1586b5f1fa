/** The Gigya session as cookies hold it: `glt_<APIKey>` (token up to the first `|`), `gltexp_<APIKey>`. */
export interface Session {
  token: string;
  exp?: string;
}

const sessionCookies = (apiKey: string) => [`glt_${apiKey}`, `gltexp_${apiKey}`, '_gig_lt'];

/** The cookies this page sees, by name (the first of a name wins), from one `document.cookie` read. */
export function readCookies(): Map<string, string> {
  const jar = new Map<string, string>();
  for (const pair of document.cookie.split(/;\s*/)) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    let value = pair.slice(at + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // kept as it is
    }
    if (!jar.has(name)) jar.set(name, value);
  }
  return jar;
}

export function readSession(apiKey: string, jar = readCookies()): Session | undefined {
  const [glt, exp] = sessionCookies(apiKey).map((name) => jar.get(name)?.split('|')[0]);
  return glt ? { token: glt, exp } : undefined;
}

/**
 * Expires the session cookies that `jar` (this page's cookies, just read) holds wherever they could
 * have been set: host-only and on the host and each parent domain, for `/` and every prefix of the
 * current path (with and without a trailing `/`). Then `document.cookie` is read again, and any cookie
 * still there is named in a warning: in the next task, as a read right after the writes waits for the
 * browser's cookie store (0.3 to 0.5 ms), or when the returned function is called, if that is sooner.
 */
export function clearSession(apiKey: string, jar = readCookies()): () => void {
  const { hostname, pathname } = location;
  const domains = [''];
  if (!/^[\d.]+$|:/.test(hostname)) {
    const labels = hostname.split('.');
    labels.forEach((_, i) => domains.push(`;domain=${labels.slice(i).join('.')}`));
  }
  const paths = new Set(['/']);
  // `/a`, `/a/` (a directory path a cookie can be set on), `/a/b`…
  pathname.split('/').reduce((prefix, segment) => (paths.add(`${prefix}/`).add(`${prefix}/${segment}`), `${prefix}/${segment}`));
  const names = sessionCookies(apiKey).filter((name) => jar.has(name));
  for (const name of names)
    for (const domain of domains)
      for (const path of paths) document.cookie = `${name}=;max-age=0;path=${path}${domain}`;
  let checked = !names.length;
  const check = () => {
    if (checked) return;
    checked = true;
    const after = readCookies();
    const left = names.filter((name) => after.has(name));
    if (left.length) console.warn(`gigya-logout: cookie ${left} not removed`);
  };
  setTimeout(check);
  return check;
}
