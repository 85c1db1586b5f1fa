// `?delay=<ms>` on any request: the server holds it that long (tests use it for a slow-loading
// `<script>`). Used by the demo dev server and the test runner.

const MAX_DELAY_MS = 60_000;

/**
 * Middleware that holds any request with a `delay=<ms>` query parameter for that long
 * (tests use it for a slow-loading `<script>`).
 */
export function delayMiddleware() {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    const delay = Number(ctx.query?.delay);
    if (ctx.query?.delay !== undefined && Number.isFinite(delay) && delay > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, MAX_DELAY_MS)));
    }
    return next();
  };
}
