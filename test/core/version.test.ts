// What this copy of the library is (docs/contract.md §1): the version it tells Gigya (the `sdk`
// field) is the one in package.json; the features list a copy of another version checks, and the
// core this page made reports it.

import { expect } from '@open-wc/testing';
import { FEATURES, SDK_NAME, VERSION } from '../../src/core/version.js';
import { core } from '../../src/core/shared-core.js';
import { packageJson } from '../helpers/package.js';

describe('core: version', () => {
  it("VERSION is package.json's version, and SDK_NAME is gigya-logout_<version>", async () => {
    const { name, version } = await packageJson();
    expect(VERSION).to.equal(version);
    expect(SDK_NAME).to.equal(`${name}_${version}`);
  });
});

describe('core: features', () => {
  it('one name per feature, none twice', () => {
    expect(new Set(FEATURES).size).to.equal(FEATURES.length);
    for (const feature of FEATURES) expect(feature).to.match(/^[a-z]+(-[a-z]+)*$/);
  });

  it('the core made by this copy reports exactly these features', () => {
    expect([...core.features]).to.deep.equal([...FEATURES]);
  });
});
