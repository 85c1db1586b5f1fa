// `npm run lint` part: test/ mirrors src/. Every src/<path>/<name>.ts has its tests at
// test/<path>/<name>.test.ts, test/<path>/<name>.<variant>.test.ts (e.g. `.app-host`), or in a folder
// test/<path>/<name>/ (the element's tests). The language modules are data: test/locales/all.test.ts
// covers every one of them; the React 17/18 wrapper needs React, so the framework tests cover it
// (ELSEWHERE). Prints what is missing; exits non-zero when anything is.
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

const missing = filesBelow('src')
  .filter((file) => file.endsWith('.ts'))
  .filter((file) => !hasTests(file));
for (const file of missing)
  console.error(`test/ does not mirror ${file}: add ${file.replace(/^src\//, 'test/').replace(/\.ts$/, '.test.ts')}`);
console.log(missing.length ? `${missing.length} source files without their test file` : 'test/ mirrors src/');
process.exitCode = missing.length ? 1 : 0;
