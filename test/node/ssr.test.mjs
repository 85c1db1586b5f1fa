// Server-side rendering of <gigya-logout> with @lit-labs/ssr, in Node (run by `node --test`;
// tools/test/test.mjs runs test/node/*.test.mjs). The element source is bundled with esbuild (Lit
// external, the project's tsconfig for its class-field semantics) under node_modules/.cache, so that `lit`
// resolves to the same copy the test renders with.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from '../../tools/paths.mjs';

const outDir = `${root}node_modules/.cache/gigya-logout-ssr`;
// One file per process: test runs in parallel (other checkouts' tools, a second `npm test`) do not collide.
const outFile = `${outDir}/gigya-logout-${process.pid}.mjs`;
const germanFile = `${outDir}/de-${process.pid}.mjs`;

before(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/define.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['lit', 'lit/*', '@lit/*'],
    tsconfig: 'tsconfig.json',
    outfile: outFile,
    logLevel: 'silent',
  });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/locales/de.ts'],
    bundle: true,
    format: 'esm',
    outfile: germanFile,
    logLevel: 'silent',
  });
});

after(() => {
  rmSync(outFile, { force: true });
  rmSync(germanFile, { force: true });
});

/**
 * Imports the bundle in a fresh Node process: no DOM shim, no `document`, no `window` (any use of
 * them would throw a ReferenceError), fetch trapped; prints what the import added to globalThis.
 */
function importInFreshNode() {
  const script = `
    const fetched = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (...args) => (fetched.push(String(args[0])), realFetch(...args));
    const namesBefore = new Set(Object.getOwnPropertyNames(globalThis));
    const symbolsBefore = new Set(Object.getOwnPropertySymbols(globalThis));
    let error = null;
    let mod;
    try {
      mod = await import(${JSON.stringify(pathToFileURL(outFile).href)});
    } catch (e) {
      error = String((e && e.stack) || e);
    }
    const defined = globalThis.customElements?.get('gigya-logout');
    console.log(JSON.stringify({
      error,
      fetched,
      hasDocument: typeof document != 'undefined',
      addedNames: Object.getOwnPropertyNames(globalThis).filter((n) => !namesBefore.has(n)).sort(),
      addedSymbols: Object.getOwnPropertySymbols(globalThis).filter((s) => !symbolsBefore.has(s)).map(String),
      sharedCore: !!globalThis[Symbol.for('gigya-logout.core')],
      exports: mod ? Object.keys(mod) : [],
      definedIsExport: !!defined && defined === mod?.GigyaLogout,
    }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

describe('<gigya-logout> in Node', () => {
  it("imports without error, with no document, no network, and no global effect but Lit's, the define and the shared core", () => {
    const result = importInFreshNode();
    assert.equal(result.error, null);
    assert.equal(result.hasDocument, false);
    assert.deepEqual(result.fetched, []);
    assert.deepEqual(result.exports, ['GigyaLogout']);
    // Lit's Node build provides a customElements registry: the guarded define used it.
    assert.equal(result.definedIsExport, true);
    const lit = [
      'customElements',
      'litElementVersions',
      'litServerRoot',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ];
    assert.deepEqual(
      result.addedNames.filter((name) => !lit.includes(name)),
      [],
    );
    // No window, so no onGigyaServiceReady hook; the one core per page is kept under Symbol.for.
    assert.deepEqual(result.addedSymbols, ['Symbol(gigya-logout.core)']);
    assert.equal(result.sharedCore, true);
  });

  it('renders with @lit-labs/ssr: a declarative open shadow root with the button, delegating focus', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const { GigyaLogout } = await import(pathToFileURL(outFile).href);
    assert.equal(customElements.get('gigya-logout'), GigyaLogout);

    let out;
    assert.doesNotThrow(() => {
      out = collectResultSync(render(html`<gigya-logout cid="x">Sign out</gigya-logout>`));
    });
    assert.match(out, /^(<!--lit-part [^>]*-->)?<gigya-logout\s+cid="x">/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open" shadowrootdelegatesfocus>/);
    assert.equal(out.match(/<button\b/g)?.length, 1);
    assert.match(out, /<button[^>]*\btype="button"/);
    assert.match(out, /<button[^>]*\bpart="button"/);
    assert.doesNotMatch(out, /<button[^>]*\b(disabled|aria-disabled)\b/);
    // The default label, in English (no language module on this server), marked as such:
    assert.match(out, /<slot>(<!--[^>]*-->)*<span lang="en">(<!--lit-part-->)?Log out(<!--\/lit-part-->)?<\/span><\/slot>/);
    assert.match(out, /part="status" role="status"/);
    assert.match(out, /<style>[^<]*--gigya-logout-background/);
    assert.match(out, /<\/template>Sign out<\/gigya-logout>/);
    assert.doesNotMatch(out, /<gigya-logout[^>]*\bbusy\b/);
  });

  it('renders in the language of its own lang when that language is loaded on the server', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    await import(pathToFileURL(outFile).href);
    await import(pathToFileURL(germanFile).href);
    const out = collectResultSync(render(html`<gigya-logout lang="de-AT"></gigya-logout>`));
    assert.match(out, /<span lang="de">(<!--lit-part-->)?Abmelden(<!--\/lit-part-->)?<\/span>/);
  });

  it('renders disabled and a forwarded aria-label', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    await import(pathToFileURL(outFile).href);
    const out = collectResultSync(render(html`<gigya-logout disabled aria-label="Log out of Example"></gigya-logout>`));
    assert.match(out, /<button[^>]*\bdisabled\b/);
    assert.match(out, /<button[^>]*aria-label="Log out of Example"/);
  });
});
