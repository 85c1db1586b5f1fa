// docs/contract.md §2.6: `checkSite()` against the emulator in each posture (the emulator's POSTURES):
// what it finds out without any token, and what it says in words.

import { expect } from '@open-wc/testing';
import { checkSite } from '../../src/core/index.js';
import { login, requests, setAnswer, setPosture, type Posture } from '../helpers/emulator.js';
import { installStandIn } from '../helpers/gigya-js.js';
import { logout } from '../helpers/logout.js';
import { freshKey } from '../helpers/session.js';
import { forgetOrigins } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

const EXPECTED: [Posture, string, boolean, RegExp][] = [
  ['cors=reflect', 'reflect', true, /Nothing to change\./],
  ['cors=wildcard', 'wildcard', true, /Access-Control-Allow-Credentials: true/],
  ['cors=none', 'none', true, /Load gigya\.js on this page.*custom API domain/],
  ['blocked', 'unreachable', false, /connect-src.*\n- gigya\.js cannot load/],
];

describe('core: checkSite, the site check', () => {
  const info = setup();

  for (const [posture, expected, sdkReachable, advice] of EXPECTED) {
    it(`${posture}: the posture is "${expected}", gigya.js's host ${sdkReachable ? 'reachable' : 'blocked'}; no token sent, no session ended`, async () => {
      forgetOrigins();
      const apiKey = freshKey();
      const session = await login(apiKey);
      await setPosture(apiKey, posture);

      const report = await checkSite({ apiKey, apiDomain: info.crossOrigin });

      expect(report).to.include({ errorCode: 0, route: 'rest', origin: info.crossOrigin, posture: expected, sdkReachable });
      expect(report.sdkUrl).to.equal(`${info.crossOrigin}/js/gigya.js?apiKey=${apiKey}`);
      expect(report.text).to.match(advice);
      expect(report.text).to.include(`by REST to ${info.crossOrigin}/socialize.logout`);
      if (expected == 'reflect' || expected == 'wildcard') expect(report.serviceErrorCode).to.equal(403005);
      else expect(report).to.include({ serviceErrorCode: undefined });
      const recorded = await requests(apiKey);
      expect(recorded.length).to.be.within(2, 4); // include, omit when needed, no-cors when needed, gigya.js
      expect(recorded.every((r) => !r.fields.login_token && !r.fields.authMode && r.host == new URL(info.crossOrigin).host)).to.equal(true);
      // the session is untouched: the server still ends it on a logout with its token
      await setPosture(apiKey, 'cors=reflect');
      expect((await logout({ apiKey, apiDomain: info.crossOrigin })).errorCode).to.equal(0);
      expect((await requests(apiKey)).at(-1)?.fields.login_token).to.equal(session.token);
    });
  }

  it('an invalid API key as the service says it (400093): advises checking the key and its data center', async () => {
    const apiKey = freshKey();
    await setAnswer(apiKey, 'error:400093');
    const report = await checkSite({ apiKey, apiDomain: info.crossOrigin });
    expect(report).to.include({ posture: 'reflect', serviceErrorCode: 400093 });
    expect(report.advice[0]).to.match(/400093.*data center/);
  });

  it('with gigya.js of this site on the page: the route is gigya.js', async () => {
    const apiKey = freshKey();
    installStandIn({}, apiKey);
    const report = await checkSite({ apiKey, apiDomain: info.crossOrigin });
    expect(report.route).to.equal('gigya.js');
    expect(report.text).to.match(/goes through the page’s gigya\.js/);
  });

  it('apiDomain wins over dataCenter, as for a logout; an origin where nothing listens is unreachable', async () => {
    const apiKey = freshKey();
    const report = await checkSite({ apiKey, dataCenter: 'eu1', apiDomain: info.closedOrigin });
    expect(report).to.include({ origin: info.closedOrigin, posture: 'unreachable', sdkReachable: false });
  });

  it('bad input: 400002 naming apiKey, 400006 naming the field; nothing sent', async () => {
    const apiKey = freshKey();
    const missing = await checkSite({} as never);
    expect(missing).to.include({ errorCode: 400002 });
    expect(missing.errorDetails).to.include('apiKey');
    const bad = await checkSite({ apiKey, apiDomain: 'http://evil.example' });
    expect(bad).to.include({ errorCode: 400006 });
    expect(bad.errorDetails).to.include('apiDomain');
    expect(bad.text).to.match(/^Not checked: apiDomain/);
    const dc = await checkSite({ apiKey, dataCenter: 'mars1' });
    expect(dc.errorDetails).to.include('dataCenter');
    expect(await requests(apiKey)).to.deep.equal([]);
  });
});
