// The test runner's Trusted Types page: test/fixtures/trusted-types.html under a CSP that requires
// Trusted Types (test/trusted-types.test.ts).
import { DEMO_CSP } from '../server/csp.mjs';

/** The Trusted Types directives a test page may ask for with `?tt=` (nothing else is accepted). */
const TRUSTED_TYPES = {
  'lit-html': 'trusted-types lit-html',
  'lit-html-dup': "trusted-types lit-html 'allow-duplicates'",
  none: "trusted-types 'none'",
};

/**
 * Middleware for `test/fixtures/trusted-types.html?tt=<key of TRUSTED_TYPES>`: serves it with a strict
 * CSP that also requires Trusted Types.
 */
export function trustedTypesMiddleware() {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    await next();
    const directive = TRUSTED_TYPES[/** @type {keyof typeof TRUSTED_TYPES} */ (ctx.query?.tt)];
    if (ctx.path === '/test/fixtures/trusted-types.html' && directive) {
      ctx.set('Content-Security-Policy', `${DEMO_CSP}; require-trusted-types-for 'script'; ${directive}`);
    }
  };
}
