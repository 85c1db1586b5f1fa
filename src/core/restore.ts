// The back/forward cache (docs/contract.md §9): a page restored from it (`pageshow` with `persisted`)
// whose session for a site has ended since it was frozen (`pagehide`) hears that logout, once, with
// `source: 'restored'`. A frozen page that gets a cross-tab message is evicted anyway; this covers a
// session that ended without one (a server-side logout, an expired cookie, gigya.js elsewhere).

/** The onLogout event's `source` for a session that ended while the page was in the back/forward cache. */
export const RESTORED = 'restored';

/** The API keys that have a session cookie (`glt_<APIKey>` with a value) now. */
export const sessionKeys = (): string[] => document.cookie.split(/;\s*/).flatMap((pair) => /^glt_([\w.-]+)=./.exec(pair)?.[1] ?? []);

/**
 * Listens to `pagehide`/`pageshow` (once per core, at first use); `ended` gets each site whose session
 * went meanwhile. Only a restored page has a `pagehide` before its `pageshow`.
 */
export function watchRestore(ended: (apiKey: string) => void): void {
  let frozen: string[] = [];
  addEventListener('pagehide', () => (frozen = sessionKeys()));
  addEventListener('pageshow', () => {
    const now = sessionKeys();
    for (const apiKey of frozen.splice(0)) if (!now.includes(apiKey)) ended(apiKey);
  });
}
