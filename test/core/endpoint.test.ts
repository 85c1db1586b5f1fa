// Endpoint routing (docs/contract.md §2.1): serviceOrigin, a pure function.

import { expect } from '@open-wc/testing';
import { serviceOrigin } from '../../src/core/endpoint.js';

describe('core: where a bare-host apiDomain leads (docs/contract.md §2.1)', () => {
  for (const [apiDomain, socialize, fidm] of [
    ['us1.gigya.com', 'https://socialize.us1.gigya.com', 'https://fidm.us1.gigya.com'],
    ['EU1.Gigya.com', 'https://socialize.eu1.gigya.com', 'https://fidm.eu1.gigya.com'],
    ['cn1.gigya-api.cn', 'https://socialize.cn1.gigya-api.cn', 'https://fidm.cn1.gigya-api.cn'],
    ['login.example.com', 'https://login.example.com', 'https://login.example.com'],
    ['gigya.com.evil.example', 'https://gigya.com.evil.example', 'https://gigya.com.evil.example'],
  ]) {
    it(`${apiDomain}: REST ${socialize}, SAML ${fidm}`, () => {
      expect([serviceOrigin({ apiDomain }, 'socialize'), serviceOrigin({ apiDomain }, 'fidm')]).to.deep.equal([socialize, fidm]);
    });
  }
});

describe('core: serviceOrigin, without apiDomain', () => {
  for (const [params, socialize, fidm] of [
    [{}, 'https://socialize.us1.gigya.com', 'https://fidm.us1.gigya.com'],
    [{ dataCenter: 'EU1' }, 'https://socialize.eu1.gigya.com', 'https://fidm.eu1.gigya.com'],
    [{ dataCenter: 'au1.gigya.com' }, 'https://socialize.au1.gigya.com', 'https://fidm.au1.gigya.com'],
    [{ dataCenter: 'cn1.sapcdm.cn' }, 'https://socialize.cn1.sapcdm.cn', 'https://fidm.cn1.sapcdm.cn'],
    [{ dataCenter: 'eu1', apiDomain: 'https://login.example.com/' }, 'https://login.example.com', 'https://login.example.com'],
  ] as const) {
    it(`${JSON.stringify(params)}: REST ${socialize}, SAML ${fidm}`, () => {
      expect([serviceOrigin(params, 'socialize'), serviceOrigin(params, 'fidm')]).to.deep.equal([socialize, fidm]);
    });
  }
});
