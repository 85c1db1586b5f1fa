// `npm run release:check`: the gates a publish must pass, without publishing. Each gate runs (a failed
// one does not stop the rest, so one run reports everything), prints its time, and the last line says
// whether this tree may be published as the version in package.json:
//
//   clean tree     nothing uncommitted or untracked (what is published is what is committed)
//   changelog      CHANGELOG.md has a dated section `## [<version>] - YYYY-MM-DD`
//   typecheck, lint, build, size
//   package        npm pack + the file list + publint + attw (tools/package/check.mjs)
//   tests          every test in Chromium, Firefox and WebKit (BROWSERS narrows it)
//
//   npm run release:check                  all gates
//   npm run release:check -- --no-tests    all but the tests, to see the rest quickly: never passes
//
// Then, to publish: `npm publish` (its prepack builds again), and tag the commit `v<version>`.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../paths.mjs';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const skipTests = process.argv.includes('--no-tests');

/** @type {{ name: string, ok: boolean, note?: string }[]} */
const results = [];

/**
 * @param {string} name
 * @param {() => boolean | string} check true when it passed, else false or why
 */
function gate(name, check) {
  const started = Date.now();
  console.log(`::: ${name}`);
  let outcome;
  try {
    outcome = check();
  } catch (error) {
    outcome = error instanceof Error ? error.message : String(error);
  }
  const ok = outcome === true;
  const note = typeof outcome === 'string' ? outcome : undefined;
  results.push({ name, ok, note });
  console.log(`::: ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s${ok ? '' : ` (FAILED${note ? `: ${note}` : ''})`}`);
}

/** @param {string[]} args npm arguments @param {NodeJS.ProcessEnv} [env] @returns {boolean} */
const npm = (args, env = process.env) => spawnSync('npm', args, { cwd: root, stdio: 'inherit', env }).status === 0;

gate('clean tree', () => {
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
  if (status.status !== 0) return 'not a git checkout';
  const changed = status.stdout.trim();
  return changed === '' || `uncommitted or untracked:\n${changed}`;
});

gate('changelog', () => {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const escaped = version.replace(/[.+]/g, '\\$&');
  if (new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog)) return true;
  if (new RegExp(`^## \\[${escaped}\\]`, 'm').test(changelog))
    return `CHANGELOG.md's section for ${version} has no date (## [${version}] - YYYY-MM-DD)`;
  return `CHANGELOG.md has no section for ${version}`;
});

gate('typecheck', () => npm(['run', 'typecheck']));
gate('lint', () => npm(['run', 'lint']));
gate('build', () => npm(['run', 'build']));
gate('size', () => npm(['run', 'size']));
gate('package (pack, file list, publint, attw)', () => npm(['run', 'check:package']));
if (skipTests) results.push({ name: 'tests', ok: false, note: 'skipped (--no-tests)' });
else gate('tests', () => npm(['test'], { BROWSERS: 'chromium,firefox,webkit', ...process.env }));

const failed = results.filter((r) => !r.ok);
console.log('');
for (const { name, ok, note } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${note && !ok ? ` — ${note.split('\n')[0]}` : ''}`);
console.log(
  failed.length
    ? `gigya-logout@${version} is not ready to publish: ${failed.map((r) => r.name).join(', ')}`
    : `gigya-logout@${version} passes every gate: npm publish, then tag v${version}`,
);
process.exitCode = failed.length ? 1 : 0;
