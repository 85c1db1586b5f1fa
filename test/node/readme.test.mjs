// The README's framework snippets are the tested code: each file under examples/ (type-checked by
// framework-types.test.mjs, run in the browser by test/frameworks/) appears verbatim as a code block,
// and the "Use it with your framework" section has no code block that is not one of them.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { root } from '../../tools/paths.mjs';

const readme = readFileSync(`${root}README.md`, 'utf8');
const examples = readdirSync(`${root}examples`, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.slice(root.length)}/${entry.name}`.replace(/\\/g, '/'));

/** Code blocks of `text`, without their fences (a leading `// file.ts` comment line is dropped). */
const codeBlocks = (text) => [...text.matchAll(/^```\w*\n([\s\S]*?)\n```$/gm)].map((m) => m[1].replace(/^\/\/ [\w.-]+\.\w+\n/, ''));

describe('README snippets', () => {
  const section = /^## Use it with your framework\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  const blocks = codeBlocks(section);

  it('the section exists and shows every example file', () => {
    assert.ok(examples.length >= 8, examples.join(', '));
    for (const file of examples) {
      const code = readFileSync(`${root}${file}`, 'utf8').trimEnd();
      assert.ok(blocks.includes(code), `README.md does not show ${file} verbatim`);
    }
  });

  it('every code block of the section is an example file (so none goes untested)', () => {
    const files = new Set(examples.map((file) => readFileSync(`${root}${file}`, 'utf8').trimEnd()));
    assert.deepEqual(
      blocks.filter((block) => !files.has(block)),
      [],
    );
  });
});
