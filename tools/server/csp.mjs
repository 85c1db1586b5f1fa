// The demo's Content-Security-Policy (what the README tells users to use), for the demo dev server
// (tools/dev/dev-server.config.mjs) and the test runner (web-test-runner.config.mjs), which serves
// /demo/ pages with it too.

/** The Content-Security-Policy the demo pages are served with (what the README tells users to use). */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self' https://*.gigya.com https://*.sapcdm.cn https://*.gigya-api.cn",
  "frame-src 'self' https://*.gigya.com",
  "img-src 'self' data:",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The demo's CSP, with `extra` (the emulator's second origin, where the demo's CORS postures are
 * served) allowed too: in `connect-src` for the logout, in `frame-src` for SAML logout frames, which
 * go to the same `api-domain` (as the README's CSP section says for a custom API domain).
 * @param {string | undefined} extra an origin, or undefined for DEMO_CSP itself
 * @returns {string}
 */
export function demoCsp(extra) {
  if (!extra) return DEMO_CSP;
  return DEMO_CSP.split('; ')
    .map((directive) => (directive.startsWith('connect-src ') || directive.startsWith('frame-src ') ? `${directive} ${extra}` : directive))
    .join('; ');
}

/**
 * Middleware that adds the demo's strict Content-Security-Policy to HTML answers under `prefix`,
 * widened by the origin `extraOrigin()` returns (read per request: the emulator's second origin is
 * known only once the server has started), see demoCsp.
 * @param {string} [prefix]
 * @param {() => string | undefined} [extraOrigin]
 */
export function cspMiddleware(prefix = '/demo/', extraOrigin = () => undefined) {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    await next();
    const underPrefix = ctx.path === prefix.replace(/\/$/, '') || ctx.path.startsWith(prefix);
    if (underPrefix && ctx.response.is('html')) ctx.set('Content-Security-Policy', demoCsp(extraOrigin()));
  };
}
