// `npm run build`: the npm package (dist/, ES modules with lit external, .d.ts; languages at
// dist/locales/<lang>.js), the CDN bundle (dist/cdn/gigya-logout.js, Lit inlined, English only), the
// idle sign-out module and the provider logout it loads on demand beside it
// (dist/cdn/gigya-logout-idle.js, dist/cdn/gigya-logout-providers.js), one
// self-contained module per language beside it (dist/cdn/locales/<lang>.js, and all.js for every
// language), their Subresource Integrity hashes (dist/cdn/integrity.json, integrity.mjs), the custom
// elements manifest, and from it the framework entries (dist/frameworks/, framework-types.mjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFrameworkEntries } from './framework-types.mjs';
import { writeIntegrity } from './integrity.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { root } from '../paths.mjs';

/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
/** @type {(dir: string) => string[]} every .ts file below `dir` */
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** @param {number} i @returns {string} a, b, …, z, A, …, Z, aa, ab, … */
const shortName = (i) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return (i >= letters.length ? shortName(Math.floor(i / letters.length) - 1) : '') + letters[i % letters.length];
};

/** @satisfies {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  format: /** @type {const} */ ('esm'),
  target: 'es2021',
  tsconfig: join(root, 'tsconfig.json'),
  plugins: [minifyTemplatesPlugin],
  // Private names (CONTRIBUTING.md, "Private members"): a property that starts with `_` and a
  // lower-case letter (`_pending`, `_fire`) is the library's own, seen by no page, language module or
  // other copy of the library, and ships under a short name that keeps the `_` (`_a`), so it takes no
  // public name of a subclass or of Lit's (Lit's own are `_$…`). The names come from src/ in sorted
  // order, so every build (npm files, CDN bundle, on-demand modules) gives each the same short name.
  mangleProps: /^_[a-z]/,
  mangleCache: Object.fromEntries(
    [...new Set(sources(join(root, 'src')).flatMap((file) => readFileSync(file, 'utf8').match(/(?<![\w$'"`-])_[a-z]\w*/g) ?? []))]
      .sort()
      .map((name, i) => [name, `_${shortName(i)}`]),
  ),
  logLevel: /** @type {const} */ ('warning'),
};

rmSync(join(root, 'dist'), { recursive: true, force: true });

// One module per source file, so bundlers can tree-shake and `gigya-logout/core` stays Lit-free.
await build({
  ...common,
  entryPoints: sources(join(root, 'src')).map((file) => relative(root, file)),
  outbase: 'src',
  outdir: 'dist',
});
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tools/build/tsconfig.build.json']);

/** What the CDN bundle loads on demand, each a file beside it: the idle module, the provider logout. */
const ON_DEMAND = { idle: 'gigya-logout-idle.js', providers: 'gigya-logout-providers.js' };
const IDLE_CDN = ON_DEMAND.idle;
/** @type {import('esbuild').Plugin} The CDN bundle's `import()`s of them stay imports of the files beside it. */
const onDemandBeside = {
  name: 'on-demand-beside',
  setup(build) {
    build.onResolve({ filter: /\/(element\/idle|providers)\.js$/ }, (args) =>
      args.kind == 'dynamic-import'
        ? { path: `./${args.path.includes('idle') ? ON_DEMAND.idle : ON_DEMAND.providers}`, external: true }
        : undefined,
    );
  },
};

await build({
  ...common,
  plugins: [...common.plugins, onDemandBeside],
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  outfile: 'dist/cdn/gigya-logout.js',
  legalComments: 'none',
});
// Each stands alone (the idle module has no Lit and no core: the element lends it what it needs; the
// provider logout carries the few core helpers it uses), so any copy of the bundle can load it.
for (const [source, file] of [
  ['src/element/idle.ts', ON_DEMAND.idle],
  ['src/core/providers.ts', ON_DEMAND.providers],
]) {
  await build({
    ...common,
    entryPoints: [source],
    bundle: true,
    minify: true,
    outfile: `dist/cdn/${file}`,
    legalComments: 'none',
    charset: 'utf8',
  });
  if (/\bimport\b/.test(readFileSync(join(root, `dist/cdn/${file}`), 'utf8'))) throw new Error(`${file} is not self-contained`);
}
// The bundle exports what the package root does, so it has the same declarations.
writeFileSync(join(root, 'dist/cdn/gigya-logout.d.ts'), "export * from '../index.js';\n");

// A language module on a CDN page has nothing to import from: each carries the few bytes that add its row.
const locales = await build({
  ...common,
  entryPoints: sources(join(root, 'src/locales')).map((file) => relative(root, file)),
  bundle: true,
  minify: true,
  outdir: 'dist/cdn/locales',
  legalComments: 'none',
  charset: 'utf8', // module scripts are always read as UTF-8; \u escapes would double their size
  metafile: true,
});
for (const file of Object.keys(locales.metafile?.outputs ?? {})) {
  if (/\bimport\b/.test(readFileSync(join(root, file), 'utf8'))) throw new Error(`${file} is not self-contained`);
}

run(process.execPath, [
  join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
  'analyze',
  '--litelement',
  '--globs',
  'src/gigya-logout.ts',
  'src/define.ts',
  'src/element/events.ts',
  '--outdir',
  'dist',
  '--quiet',
]);
const frameworks = writeFrameworkEntries(join(root, 'dist'));
// Last, over the CDN files as they ship.
writeIntegrity(join(root, 'dist/cdn'));
console.log(
  `built dist/ (npm package), dist/cdn/gigya-logout.js, dist/cdn/${IDLE_CDN}, dist/cdn/${ON_DEMAND.providers}, dist/cdn/locales/*.js, dist/cdn/integrity.json, dist/custom-elements.json, dist/frameworks/{${frameworks}}`,
);
