// Packing the npm package and checking what it holds, shared by `npm run check:package`
// (tools/package/check.mjs, a CI step) and the install test (test/node/package.test.mjs).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm pack` in `dir` (which runs `prepack`, the build) into `destination`.
 * @param {string} dir a directory with package.json
 * @param {string} destination
 * @returns {{ tarball: string, files: string[], size: number, unpackedSize: number }}
 */
export function pack(dir, destination) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // npm prints the prepack script's output before the JSON.
  const [info] = JSON.parse(out.slice(out.indexOf('\n[') + 1));
  return {
    tarball: join(destination, info.filename),
    files: info.files.map((/** @type {{ path: string }} */ f) => f.path).sort(),
    size: info.size,
    unpackedSize: info.unpackedSize,
  };
}

/** Files every tarball must hold, besides each target of package.json `exports`. */
const REQUIRED = [
  'LICENSE',
  'README.md',
  'package.json',
  'dist/custom-elements.json',
  'dist/cdn/gigya-logout.js',
  'dist/cdn/integrity.json',
];

/**
 * What is wrong with a packed file list: a required file or an `exports` target missing, a module
 * without its declarations, or anything besides dist/ and the three root files.
 * @param {string[]} files paths in the tarball
 * @param {string} packageJsonPath
 * @returns {string[]} problems, one sentence each (empty: fine)
 */
export function fileListProblems(files, packageJsonPath) {
  const have = new Set(files);
  const { exports } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const targets = Object.values(exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  const problems = [];
  for (const file of [...REQUIRED, ...targets.map((t) => t.replace(/^\.\//, ''))]) {
    // A pattern target (`./dist/locales/*.js`) needs at least one file.
    const pattern = new RegExp(
      `^${file
        .split('*')
        .map((/** @type {string} */ part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}$`,
    );
    if (file.includes('*') ? !files.some((f) => pattern.test(f)) : !have.has(file)) problems.push(`missing ${file}`);
  }
  for (const file of files) {
    if (!/^dist\/|^(LICENSE|README\.md|package\.json)$/.test(file))
      problems.push(`unexpected ${file} (only dist/, LICENSE, README.md, package.json ship)`);
    // dist/cdn/locales/ holds <script> modules that export nothing, and the bundle's on-demand modules
    // are its own business: no declarations to ship.
    if (/^dist\/(?!cdn\/locales\/|cdn\/gigya-logout-(idle|providers)\.js$).*\.js$/.test(file) && !have.has(file.replace(/\.js$/, '.d.ts')))
      problems.push(`${file} has no .d.ts`);
    if (/\.(ts|tsx|map)$/.test(file) && !file.endsWith('.d.ts')) problems.push(`unexpected source file ${file}`);
  }
  return problems;
}
