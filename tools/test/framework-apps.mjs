// The framework test apps (test/frameworks/apps/<name>.ts[x]), bundled by esbuild from the frameworks'
// own packages and compilers (Angular's ahead of time, as `ng build` does), served by the test runner
// at /__apps/<name>.js. They are built when the test server starts, so no test waits for a compiler.
// Each app renders the README's snippet for its framework (examples/).
//
// `gigya-logout/...` imports resolve, through package.json `exports`, to this package's sources
// (dist/X.js -> src/X.ts; the framework type entries' runtime is the element module), so the tests
// need no build first.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { root } from '../paths.mjs';

/** @type {Record<string, { entry: string, jsxImportSource?: string, alias?: Record<string, string> }>} */
export const APPS = {
  react19: { entry: 'react19.tsx', jsxImportSource: 'react' },
  // React 18 from its npm aliases: react18 / react-dom18.
  react18: { entry: 'react18.tsx', jsxImportSource: 'react', alias: { react: 'react18', 'react-dom': 'react-dom18' } },
  preact: { entry: 'preact.tsx', jsxImportSource: 'preact' },
  vue: { entry: 'vue.ts' },
  svelte: { entry: 'svelte.ts' },
  angular: { entry: 'angular.ts' },
  html: { entry: 'html.ts' },
};

/** @type {import('esbuild').Plugin} */
const selfPlugin = {
  name: 'gigya-logout-sources',
  setup(b) {
    const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    b.onResolve({ filter: /^gigya-logout(\/|$)/ }, ({ path }) => {
      const target = exports[`.${path.slice('gigya-logout'.length)}`];
      const file = typeof target === 'string' ? target : target?.default;
      if (!file) return { errors: [{ text: `${path} is not exported by package.json` }] };
      const source = file.startsWith('./dist/frameworks/') ? 'src/define.ts' : file.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts');
      if (!existsSync(join(root, source))) return { errors: [{ text: `${path}: no source ${source}` }] };
      return { path: join(root, source) };
    });
  },
};

/**
 * The Vue compiler options of the README's Vite config (examples/vue/vite.config.ts), read by
 * running it with stand-ins for `vite` and `@vitejs/plugin-vue`: the snippet's `isCustomElement`
 * is the one that compiles the test app.
 * @returns {Promise<import('vue/compiler-sfc').SFCTemplateCompileOptions['compilerOptions']>}
 */
async function viteVueCompilerOptions() {
  const stubs = {
    vite: 'export const defineConfig = (config) => config;',
    '@vitejs/plugin-vue': "export default (options) => ({ name: 'vite:vue', options });",
  };
  const result = await build({
    entryPoints: [join(root, 'examples/vue/vite.config.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'vite-stubs',
        setup(b) {
          b.onResolve({ filter: /^(vite|@vitejs\/plugin-vue)$/ }, ({ path }) => ({ path, namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, ({ path }) => ({
            contents: stubs[/** @type {keyof stubs} */ (path)],
            loader: 'js',
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  const config = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;
  const vue = config.plugins.find((/** @type {{ name: string }} */ p) => p.name === 'vite:vue');
  return vue.options.template.compilerOptions;
}

/** @type {import('esbuild').Plugin} */
const vuePlugin = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const compilerOptions = await viteVueCompilerOptions();
      // isCustomElement must reach template parsing as well as compiling (as @vitejs/plugin-vue does).
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path, templateParseOptions: compilerOptions });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
      const id = createHash('sha256').update(path).digest('hex').slice(0, 8);
      const script = compileScript(descriptor, { id, inlineTemplate: true, templateOptions: { compilerOptions } });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

/** @type {import('esbuild').Plugin} */
const sveltePlugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import('svelte/compiler');
      const { js, warnings } = compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client', dev: true });
      return { contents: js.code, loader: 'js', resolveDir: dirname(path), warnings: warnings.map((w) => ({ text: w.message })) };
    });
  },
};

/**
 * Angular ahead of time, as `ng build` does: components compiled by Angular's own compiler (ngtsc,
 * strict templates), and Angular's packages, which ship partially compiled, linked by its linker.
 * The page gets ɵcmp definitions and no compiler.
 * @type {import('esbuild').Plugin}
 */
const angularPlugin = {
  name: 'angular-aot',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].*\.mjs$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return undefined;
      const [{ transformAsync }, { createEs2015LinkerPlugin }, { NodeJSFileSystem, ConsoleLogger, LogLevel }] = await Promise.all([
        import('@babel/core'),
        import('@angular/compiler-cli/linker/babel'),
        import('@angular/compiler-cli'),
      ]);
      const linker = createEs2015LinkerPlugin({
        fileSystem: new NodeJSFileSystem(),
        logger: new ConsoleLogger(LogLevel.warn),
        linkerJitMode: false,
      });
      const linked = await transformAsync(code, { filename: path, plugins: [linker], configFile: false, babelrc: false, compact: false });
      return { contents: linked?.code ?? code, loader: 'js' };
    });
    /** @type {Map<string, Promise<Map<string, string>>>} */
    const compiled = new Map();
    b.onLoad({ filter: /\.component\.ts$/ }, async ({ path }) => {
      if (!compiled.has(path)) compiled.set(path, compileAngular(path));
      const out = await /** @type {Promise<Map<string, string>>} */ (compiled.get(path));
      const js = out.get(path.replace(/\.ts$/, '.js'));
      if (js === undefined) return { errors: [{ text: `ngtsc emitted nothing for ${path}` }] };
      return { contents: js, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/**
 * @param {string} file a component's source
 * @returns {Promise<Map<string, string>>} the JavaScript emitted, by source path with .js
 */
async function compileAngular(file) {
  const { NgtscProgram } = await import('@angular/compiler-cli');
  const outDir = join(root, '.cache/ngtsc');
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    experimentalDecorators: true,
    useDefineForClassFields: false,
    strict: true,
    strictTemplates: true,
    skipLibCheck: true,
    types: [],
    paths: { 'gigya-logout': [join(root, 'src/index.ts')] },
    rootDir: root,
    outDir,
  };
  const host = ts.createCompilerHost(options);
  /** @type {Map<string, string>} */
  const out = new Map();
  host.writeFile = (name, text) => void out.set(join(root, name.slice(outDir.length)), text);
  const program = new NgtscProgram([file], options, host);
  await program.compiler.analyzeAsync();
  const problems = [...program.getNgStructuralDiagnostics(), ...program.getNgSemanticDiagnostics()];
  if (problems.length) throw new Error(ts.formatDiagnostics(problems, host));
  program.emit();
  return out;
}

/**
 * Bundles one app.
 * @param {keyof typeof APPS} name
 * @returns {Promise<string>} the JavaScript
 */
export async function buildApp(name) {
  const app = APPS[name];
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'test/frameworks/apps', app.entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    jsx: 'automatic',
    jsxImportSource: app.jsxImportSource,
    jsxDev: true,
    alias: app.alias,
    // package.json `sideEffects` names dist/ files, not src/: keep what a bare `import 'gigya-logout'` defines.
    ignoreAnnotations: true,
    loader: { '.html': 'text' },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [selfPlugin, vuePlugin, sveltePlugin, angularPlugin],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Test runner plugin: serves /__apps/<name>.js.
 * @param {{ prebuild: boolean }} options prebuild: build every app when the server starts (before any
 *   browser), else on first request
 */
export function frameworkAppsPlugin({ prebuild }) {
  /** @type {Map<string, Promise<string>>} */
  const built = new Map();
  const app = (/** @type {keyof typeof APPS} */ name) => {
    if (!built.has(name)) built.set(name, buildApp(name));
    return /** @type {Promise<string>} */ (built.get(name));
  };
  return {
    name: 'framework-apps',
    async serverStart() {
      if (prebuild) await Promise.all(/** @type {(keyof typeof APPS)[]} */ (Object.keys(APPS)).map(app));
    },
    async serve(/** @type {{ path: string }} */ context) {
      const match = /^\/__apps\/(\w+)\.js$/.exec(context.path);
      if (!match || !(match[1] in APPS)) return undefined;
      return { body: await app(/** @type {keyof typeof APPS} */ (match[1])), type: 'js' };
    },
  };
}
