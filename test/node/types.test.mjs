// The element's published types, as a TypeScript user of the npm package sees them: declarations
// are emitted from src/ (as the build does) into node_modules/.cache, then a consumer file that
// imports ONLY one entry point (`gigya-logout`, or `gigya-logout/gigya-logout.js`: dist/define.js) must type-check
// with the typed events (`e.detail.errorCode` is a number) and `logout()`.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { root } from '../../tools/paths.mjs';

const outDir = `${root}node_modules/.cache/gigya-logout-types-${process.pid}`;

const compilerOptions = {
  target: ts.ScriptTarget.ES2021,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  skipLibCheck: true,
  types: [],
};

/** Messages of the diagnostics of `program`, one string each. */
const messages = (diagnostics) =>
  diagnostics.map(
    (d) => `${d.file ? `${d.file.fileName.replace(outDir, '')}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  );

before(() => {
  mkdirSync(outDir, { recursive: true });
  const program = ts.createProgram([`${root}src/index.ts`, `${root}src/define.ts`], {
    ...compilerOptions,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: `${root}src`,
    outDir,
  });
  const emitted = program.emit();
  assert.deepEqual(messages([...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]), []);
});

after(() => rmSync(outDir, { recursive: true, force: true }));

/** Type-checks `source` as a consumer module next to the emitted declarations; returns the errors. */
function typeCheck(name, source) {
  const file = `${outDir}/${name}.ts`;
  writeFileSync(file, source);
  const program = ts.createProgram([file], { ...compilerOptions, noEmit: true });
  return messages(ts.getPreEmitDiagnostics(program));
}

const consumer = (entry) => `
  import ${JSON.stringify(entry)};
  const el = document.createElement('gigya-logout');
  el.addEventListener('gigya-logout-response', (e) => {
    const n: number = e.detail.errorCode;
    void n;
  });
  el.addEventListener('gigya-logout-request', (e) => void e.detail.params.cid);
  document.addEventListener('gigya-logout', (e) => {
    const name: 'logout' = e.detail.eventName;
    void name;
  });
  const done: Promise<{ errorCode: number }> = el.logout();
  void done;
  export {};
`;

describe('published types', () => {
  it('the package root (index.js) gives typed events and logout()', () => {
    assert.deepEqual(typeCheck('uses-index', consumer('./index.js')), []);
  });

  it('the subpath gigya-logout.js (package.json maps it to define.js) alone gives typed events and logout()', () => {
    assert.deepEqual(typeCheck('uses-element', consumer('./define.js')), []);
  });

  it('a wrong use is an error (the check is not vacuous)', () => {
    const errors = typeCheck(
      'wrong',
      `import './define.js';
      document.createElement('gigya-logout').addEventListener('gigya-logout-response', (e) => {
        const s: string = e.detail.errorCode;
        void s;
      });`,
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0], /Type 'number' is not assignable to type 'string'/);
  });
});
