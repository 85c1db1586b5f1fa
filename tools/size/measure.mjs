// Byte counts as the size gates (tools/size/gate.mjs) and the benchmark (tools/bench/bench.mjs) measure them:
// minified ES module bundles, gzip level 9, brotli quality 11.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from '../paths.mjs';

/**
 * What a page loads up front: a dynamic `import()` (the idle module, loaded on demand) stays an import.
 * @type {import('esbuild').Plugin}
 */
const onDemand = {
  name: 'on-demand',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind == 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * `entry` bundled and minified as one ES module, without what it imports on demand; `external` names what stays an import.
 * @param {string} entry
 * @param {string[]} [external]
 */
export const minified = async (entry, external = []) =>
  (
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      external,
      write: false,
      legalComments: 'none',
      plugins: [onDemand],
    })
  ).outputFiles[0].contents;

/** @param {Uint8Array} bytes */
export const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
