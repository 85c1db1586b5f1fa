// The framework entries' types (dist/frameworks/, generated from custom-elements.json), checked by
// each framework's own checker: tsc for React 19 TSX, React 18 with gigya-logout/react, and Preact
// TSX, and Angular's component class with HTMLElementTagNameMap; vue-tsc with strictTemplates;
// svelte-check. Each checks the README's snippet (examples/) and a
// file of wrong uses (test/frameworks/types/<framework>/) that must be rejected: a number for `cid`,
// a string for `forceProvidersLogout`, `detail.errorCode` used as a string. The consumers import
// `gigya-logout/...` as users do; TypeScript resolves that to this package's own dist/ (self-reference
// through package.json `exports`), which `before` builds.

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { root } from '../../tools/paths.mjs';

const types = 'test/frameworks/types';

/**
 * Runs a tool from node_modules/.bin in the project root.
 * @returns {Promise<{ code: number, output: string }>}
 */
async function run(/** @type {string} */ tool, /** @type {string[]} */ args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(`${root}node_modules/.bin/${tool}`, args, { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (/** @type {any} */ error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

before(async () => {
  await promisify(execFile)(process.execPath, ['tools/build/build.mjs'], { cwd: root });
});

describe('framework entries', () => {
  it('each one (dist/frameworks/*.js) defines <gigya-logout>: it imports the module that calls customElements.define', () => {
    const dir = `${root}dist/frameworks`;
    const entries = readdirSync(dir).filter((file) => file.endsWith('.js'));
    assert.deepEqual(entries.sort(), ['preact-jsx.js', 'react-jsx.js', 'svelte.js', 'vue.js']);
    for (const entry of entries) {
      const imports = [...readFileSync(join(dir, entry), 'utf8').matchAll(/^import '([^']+)';$/gm)].map((m) => m[1]);
      const defining = imports.filter((path) =>
        /customElements\.define\(["']gigya-logout["']/.test(readFileSync(join(dirname(join(dir, entry)), path), 'utf8')),
      );
      assert.equal(defining.length, 1, `${entry} imports ${imports.join(', ')}: none defines the element`);
    }
  });
});

describe('framework types', { concurrency: 2 }, () => {
  // tsc and vue-tsc: a wrong use not rejected is an unused @ts-expect-error / @vue-expect-error.
  for (const [name, tool, dir] of [
    ['React 19 TSX (the bare tag, gigya-logout/react-jsx)', 'tsc', 'react19'],
    ['React 18 TSX (gigya-logout/react, React 18 types)', 'tsc', 'react18'],
    ['Preact TSX (gigya-logout/preact-jsx)', 'tsc', 'preact'],
    ['Vue 3 templates, vue-tsc strictTemplates (gigya-logout/vue)', 'vue-tsc', 'vue'],
    ['Angular 21 component class and HTMLElementTagNameMap', 'tsc', 'angular'],
  ]) {
    it(`${name}: the snippet compiles and every wrong use is rejected`, async () => {
      const { code, output } = await run(tool, ['-p', `${types}/${dir}/tsconfig.json`]);
      assert.equal(code, 0, output);
    });
  }

  it('Svelte 5, svelte-check (gigya-logout/svelte): the snippet has no error, each wrong use one', async () => {
    const wrong = `${types}/svelte/Wrong.svelte`;
    const expected = readFileSync(`${root}${wrong}`, 'utf8')
      .split('\n')
      .flatMap((line, i) => (/<!-- expect-error:/.test(line) ? [`${wrong}:${i + 2}`] : []));
    assert.equal(expected.length, 3);
    const { output } = await run('svelte-check', [
      '--workspace',
      '.',
      '--tsconfig',
      `${types}/svelte/tsconfig.json`,
      '--output',
      'machine',
    ]);
    const problems = output
      .split('\n')
      .map((line) => /^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => ({ where: `${m[2]}:${m[3]}`, text: `${m[1]} ${m[2]}:${m[3]} ${m[4]}` }));
    assert.match(output, /COMPLETED \d+ FILES/, output);
    assert.deepEqual(
      problems.map((p) => p.where),
      expected,
      problems.map((p) => p.text).join('\n'),
    );
  });
});
