// One core per page (docs/contract.md §1): every copy of the library on a page
// shares the core that the first one made, and warns when that core lacks a feature it has.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import * as sharedCore from '../../src/core/shared-core.js';
import type { Socialize } from '../../src/core/types.js';
import { FEATURES, VERSION } from '../../src/core/version.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { stubConsoleWarn } from '../helpers/stubs.js';

describe('core: one core per page', () => {
  afterEach(cleanup);

  it("is stored under globalThis[Symbol.for('gigya-logout.core')], and socialize is its socialize", () => {
    const stored = (globalThis as Record<symbol, { socialize?: Socialize } | undefined>)[Symbol.for('gigya-logout.core')];
    expect(stored).to.be.an('object');
    expect(stored!.socialize).to.equal(socialize);
  });

  it('a second copy of the module (another URL) reuses it', async () => {
    const copy = (await import(`../../src/core/shared-core.ts?copy=${Math.random()}`)) as { core: { socialize: Socialize } };
    expect(copy, 'a separate module instance').not.to.equal(sharedCore);
    expect(copy.core).to.equal(sharedCore.core);
    expect(copy.core.socialize).to.equal(socialize);
  });

  it('records its version and features', () => {
    expect(sharedCore.core.version).to.equal(VERSION);
    expect(sharedCore.core.features).to.deep.equal(FEATURES);
  });

  /** Imports another copy of the module while `found` is the page's core; returns what it warned. */
  async function copyFinding(found: object): Promise<{ core: unknown; warnings: unknown[][] }> {
    const key = Symbol.for('gigya-logout.core');
    const store = globalThis as unknown as Record<symbol, unknown>;
    const original = store[key];
    store[key] = found;
    onCleanup(() => (store[key] = original));
    const warnings = stubConsoleWarn();
    const copy = (await import(`../../src/core/shared-core.ts?copy=${Math.random()}`)) as { core: unknown };
    return { core: copy.core, warnings };
  }

  it('a copy that finds an older core lacking a feature uses it and warns once, naming both versions and the feature', async () => {
    const older = { version: '0.0.9', features: FEATURES.slice(1), socialize, done: new Set() };

    const { core, warnings } = await copyFinding(older);

    expect(core).to.equal(older);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('0.0.9').and.contain(VERSION).and.contain(FEATURES[0]);
  });

  it('a copy that finds a core of another version with every feature it needs uses it without a warning', async () => {
    const newer = { version: '9.9.9', features: [...FEATURES, 'cross-tab'], socialize, done: new Set() };

    const { core, warnings } = await copyFinding(newer);

    expect(core).to.equal(newer);
    expect(warnings).to.deep.equal([]);
  });
});
