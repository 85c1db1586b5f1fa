// The version this library tells Gigya (the `sdk` field) is the one in package.json.

import { expect } from '@open-wc/testing';
import { SDK_NAME, VERSION } from '../../src/core/version.js';
import { packageJson } from '../helpers/package.js';

describe('core: version', () => {
  it("VERSION is package.json's version, and SDK_NAME is gigya-logout_<version>", async () => {
    const { name, version } = await packageJson();
    expect(VERSION).to.equal(version);
    expect(SDK_NAME).to.equal(`${name}_${version}`);
  });
});
