// The CDN bundle for test pages: `/__bundle/gigya-logout.js`, built from the sources on first use,
// as dist/cdn/gigya-logout.js is (Lit inlined). Pages that need a second copy of the element on one
// page (test/fixtures/second-tab.html, test/fixtures/trusted-types.js) load it; any query makes
// another copy, with its own Lit.
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from '../paths.mjs';

/** Middleware that serves the CDN bundle at `/__bundle/gigya-logout.js`. */
export function cdnBundleMiddleware() {
  /** @type {Promise<string> | undefined} */
  let bundle;
  return async (/** @type {any} */ ctx, /** @type {() => Promise<unknown>} */ next) => {
    if (ctx.path !== '/__bundle/gigya-logout.js') return next();
    bundle ??= build({
      entryPoints: [join(root, 'src/index.ts')],
      tsconfig: join(root, 'tsconfig.json'),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      write: false,
    }).then((result) => result.outputFiles[0].text);
    ctx.type = 'text/javascript';
    ctx.body = await bundle;
  };
}
