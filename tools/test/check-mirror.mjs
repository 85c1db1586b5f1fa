// `npm run lint` part: test/ mirrors src/, both ways.
//
// src → test: every src/<path>/<name>.ts has its tests at test/<path>/<name>.test.ts,
// test/<path>/<name>.<variant>.test.ts (e.g. `.app-host`, `.late`), or in a folder test/<path>/<name>/
// (the element's tests). The language modules are data: test/locales/all.test.ts covers every one of
// them; the React 17/18 wrapper needs React, so the framework tests cover it (ELSEWHERE).
//
// test → src: every browser test file belongs to a source file in the same way (the part of its name
// before the first dot is a source file's name: variants are named with dots, `gigya-js.late`, never
// `gigya-js-late`), or tests something besides src/ and says what in OTHER. No orphans.
//
// Prints what is wrong; exits non-zero when anything is.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { root } from '../paths.mjs';

/** @param {string} dir @returns {string[]} every file below `dir`, relative to the root */
const filesBelow = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Sources whose tests cannot sit at the mirrored path, and where they are instead. */
const ELSEWHERE = { 'src/react.ts': 'test/frameworks/react18.test.ts' };

/** Test files that test something besides one source file (a path, or a folder ending in /), and what. */
const OTHER = {
  'test/demo.test.ts': 'the demo (demo/)',
  'test/infrastructure.test.ts': 'the emulator (emulator/) and the test kit (test/helpers/)',
  'test/infrastructure.app-host.test.ts': 'the emulator and the test kit, on app.example.test',
  'test/infrastructure.tabs.test.ts': 'the second-tab kit (test/helpers/second-tab.ts)',
  'test/trusted-types.test.ts': 'the CDN bundle under a CSP that requires Trusted Types',
  'test/frameworks/': "the README's framework snippets (examples/), and src/react.ts",
};

/** @param {string} source a path under src/ @returns {boolean} */
function hasTests(source) {
  if (source in ELSEWHERE) return existsSync(join(root, ELSEWHERE[/** @type {keyof typeof ELSEWHERE} */ (source)]));
  if (dirname(source) === 'src/locales') return existsSync(join(root, 'test/locales/all.test.ts'));
  const dir = join('test', relative('src', dirname(source)));
  const name = basename(source, '.ts');
  const folder = join(root, dir, name);
  if (existsSync(folder) && readdirSync(folder).some((file) => file.endsWith('.test.ts'))) return true;
  return (
    existsSync(join(root, dir)) &&
    readdirSync(join(root, dir)).some((file) => file === `${name}.test.ts` || (file.startsWith(`${name}.`) && file.endsWith('.test.ts')))
  );
}

/** @param {string} test a browser test file @returns {boolean} whether it belongs to a source file or to OTHER */
function belongs(test) {
  if (Object.keys(OTHER).some((entry) => (entry.endsWith('/') ? test.startsWith(entry) : test === entry))) return true;
  const dir = join('src', relative('test', dirname(test)));
  const name = basename(test).split('.')[0];
  // test/<path>/<name>.test.ts or .<variant>.test.ts, or a file in the folder test/<path>/<name>/.
  return existsSync(join(root, dir, `${name}.ts`)) || existsSync(join(root, `${dir}.ts`));
}

const sources = filesBelow('src').filter((file) => file.endsWith('.ts'));
const tests = filesBelow('test').filter((file) => file.endsWith('.test.ts'));
const untested = sources.filter((file) => !hasTests(file));
const orphans = tests.filter((file) => !belongs(file));
for (const file of untested)
  console.error(`test/ does not mirror ${file}: add ${file.replace(/^src\//, 'test/').replace(/\.ts$/, '.test.ts')}`);
for (const file of orphans)
  console.error(
    `${file} mirrors no source file: name it <source>.test.ts or <source>.<variant>.test.ts (variants with a dot), or list it in OTHER (tools/test/check-mirror.mjs)`,
  );
const problems = untested.length + orphans.length;
console.log(
  problems
    ? `${untested.length} source files without their test file, ${orphans.length} test files without their source`
    : `test/ mirrors src/ both ways (${sources.length} source files, ${tests.length} test files)`,
);
process.exitCode = problems ? 1 : 0;
