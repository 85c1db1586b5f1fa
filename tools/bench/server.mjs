// The benchmark's page server on 127.0.0.1: the emulator's routes, the built CDN bundle, the
// baselines (bundled here with esbuild, each self-contained like the CDN bundle) and two pages.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createEmulator } from '../../emulator/index.mjs';
import { root } from '../paths.mjs';

export const BASELINES = ['vanilla', 'lit-minimal', 'peer'];

/** The baselines and the trials, bundled and minified, by URL path. */
export async function bundleBaselines() {
  const files = new Map();
  for (const name of [...BASELINES, 'trials']) {
    const { outputFiles } = await build({
      absWorkingDir: root,
      entryPoints: [`tools/bench/${name}.js`],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      write: false,
      legalComments: 'none',
    });
    files.set(`/bench/${name}.js`, outputFiles[0].contents);
  }
  return files;
}

const page = (/** @type {string[]} */ scripts) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${scripts
    .map((/** @type {string} */ src) => `<script type="module" src="${src}"></script>`)
    .join('')}</head><body></body></html>`;

/**
 * Serves `/` (every candidate and the trials), `/blank.html` (nothing loaded) and the scripts.
 * @param {Map<string, string | Uint8Array>} bundles
 */
export async function startServer(bundles) {
  const emulator = createEmulator();
  /** @type {Map<string, string | Uint8Array>} */
  const files = new Map(bundles);
  files.set('/dist/cdn/gigya-logout.js', readFileSync(`${root}dist/cdn/gigya-logout.js`));
  files.set('/', page(['/dist/cdn/gigya-logout.js', ...BASELINES.map((name) => `/bench/${name}.js`), '/bench/trials.js']));
  files.set('/blank.html', page([]));
  const server = createServer(async (req, res) => {
    if (await emulator.handle(req, res)) return;
    const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, {
      'content-type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html',
      // cross-origin isolated: performance.now() in 5 µs steps instead of 100 µs
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(body ?? 'not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  return {
    origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
  };
}
