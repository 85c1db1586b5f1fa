// The npm package as a user gets it: a copy of the repository as a fresh clone has it (tracked and
// new files, no dist/) is packed with `npm pack` (whose prepack builds), the tarball is installed
// into an empty project (--prefer-offline: lit and @lit/react come from npm's cache when it has them), and there a bundler
// import, the CDN file and the types must work.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { fileListProblems, pack } from '../../tools/package/pack.mjs';
import { root } from '../../tools/paths.mjs';

const work = mkdtempSync(join(tmpdir(), 'gigya-logout-package-'));
const clone = join(work, 'clone');
const app = join(work, 'app');
/** @type {ReturnType<typeof pack>} */
let packed;

before(() => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)));
  for (const file of files) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  assert.equal(existsSync(join(clone, 'dist')), false, 'a fresh clone has no dist/');
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  packed = pack(clone, work);

  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', packed.tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: app,
    stdio: 'pipe',
  });
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack from a fresh clone, installed into an empty project', () => {
  it('the tarball holds the built package, its types, the CDN bundle, the manifest, README and LICENSE', () => {
    assert.deepEqual(fileListProblems(packed.files, join(clone, 'package.json')), []);
    console.log(`tarball: ${packed.files.length} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`);
  });

  it('a bundler imports it: the element, the core and a framework entry, with lit from the project', async () => {
    writeFileSync(
      join(app, 'main.js'),
      "import { socialize } from 'gigya-logout';\nimport 'gigya-logout/react-jsx';\nsocialize.logout({});\n",
    );
    const result = await build({
      absWorkingDir: app,
      entryPoints: ['main.js'],
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((f) => f.startsWith('node_modules/gigya-logout/dist/gigya-logout.js')),
      inputs.join('\n'),
    );
    assert.ok(
      inputs.some((f) => f.startsWith('node_modules/lit-html/')),
      'lit comes from the project',
    );
    assert.ok(
      inputs.every((f) => !f.includes('..')),
      'nothing from outside the project',
    );
    assert.match(result.outputFiles[0].text, /customElements\.define\(/);
  });

  it('the CDN file is self-contained (but for the idle module and the provider logout beside it, loaded on demand) and where the plain-HTML snippet loads it from', async () => {
    const snippet = readFileSync(join(root, 'examples/html/index.html'), 'utf8');
    const path = /src="https:\/\/cdn\.jsdelivr\.net\/npm\/gigya-logout@[^/]+\/([^"]+)"/.exec(snippet)?.[1];
    assert.equal(path, 'dist/cdn/gigya-logout.js');
    const file = join(app, 'node_modules/gigya-logout', path);
    /** @param {string} entry @returns {Promise<string[]>} what it imports, as `<kind> <path>` */
    const importsOf = async (entry) => {
      /** @type {string[]} */
      const imports = [];
      await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        logLevel: 'silent',
        plugins: [
          {
            name: 'no-imports',
            setup: (b) =>
              b.onResolve({ filter: /.*/ }, (a) =>
                a.kind === 'entry-point' ? undefined : (imports.push(`${a.kind} ${a.path}`), { external: true }),
              ),
          },
        ],
      });
      return imports;
    };
    assert.deepEqual((await importsOf(file)).sort(), [
      'dynamic-import ./gigya-logout-idle.js',
      'dynamic-import ./gigya-logout-providers.js',
    ]);
    assert.match(readFileSync(file, 'utf8'), /customElements/);
    assert.deepEqual(await importsOf(join(dirname(file), 'gigya-logout-idle.js')), []);
    assert.deepEqual(await importsOf(join(dirname(file), 'gigya-logout-providers.js')), []);
  });

  it('dist/cdn/integrity.json holds the sha384 of each CDN file as it ships: the bundle, the idle module, every language', () => {
    const cdn = join(app, 'node_modules/gigya-logout/dist/cdn');
    const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
    const shipped = packed.files
      .filter((file) => /^dist\/cdn\/.*\.js$/.test(file))
      .map((file) => file.slice('dist/cdn/'.length))
      .sort();
    for (const file of ['gigya-logout.js', 'gigya-logout-idle.js', 'locales/de.js', 'locales/all.js'])
      assert.ok(shipped.includes(file), file);
    assert.deepEqual(Object.keys(integrity).sort(), shipped);
    for (const file of shipped) {
      const hash = `sha384-${createHash('sha384')
        .update(readFileSync(join(cdn, file)))
        .digest('base64')}`;
      assert.equal(integrity[file], hash, file);
    }
  });

  it('the types work there (tsc, bundler and node16 resolution): typed events, logout(), the core', () => {
    writeFileSync(
      join(app, 'check.ts'),
      `import { socialize, type LogoutResponse } from 'gigya-logout';
import { socialize as core } from 'gigya-logout/core';
const el = document.createElement('gigya-logout');
el.addEventListener('gigya-logout-response', (e) => { const code: number = e.detail.errorCode; void code; });
const done: Promise<LogoutResponse> = el.logout();
// @ts-expect-error cid is a string
el.cid = 42;
void done; void socialize; void core;
export {};
`,
    );
    const compilerOptions = { noEmit: true, strict: true, target: 'es2022', lib: ['es2022', 'dom'], types: [] };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['check.ts'] }));
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    for (const resolution of [
      ['--module', 'esnext', '--moduleResolution', 'bundler'],
      ['--module', 'node16', '--moduleResolution', 'node16'],
    ]) {
      const args = [tsc, '-p', 'tsconfig.json', ...resolution];
      try {
        execFileSync(process.execPath, args, { cwd: app, stdio: 'pipe' });
      } catch (/** @type {any} */ error) {
        assert.fail(`${resolution.join(' ')}:\n${error.stdout}${error.stderr}`);
      }
    }
  });
});
