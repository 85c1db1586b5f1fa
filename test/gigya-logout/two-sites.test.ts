// docs/contract.md §1 (two sites on one page), §3.3: elements for two API keys log out each its own site, each
// relays only its own site's logouts, document hears every logout once; an element for another site
// than gigya.js's goes by REST and does not relay gigya.js's logouts.

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { heldRequests, login, logoutRequests, release, setAnswer, uniqueApiKey } from '../helpers/emulator.js';
import { cleanup } from '../helpers/cleanup.js';
import { record } from '../helpers/element.js';
import { installStandIn } from '../helpers/gigya-js.js';
import { hasSession, newKey } from '../helpers/session.js';
import { setGlobalConf } from '../helpers/stubs.js';

async function twoElements(keyA: string, keyB: string, origin: string): Promise<[GigyaLogout, GigyaLogout]> {
  const wrap = await fixture(
    html`<div>
      <gigya-logout api-key=${keyA} api-domain=${origin}></gigya-logout>
      <gigya-logout api-key=${keyB} api-domain=${origin}></gigya-logout>
    </div>`,
  );
  return [...wrap.querySelectorAll('gigya-logout')] as [GigyaLogout, GigyaLogout];
}

describe('<gigya-logout> two sites on one page', () => {
  afterEach(async () => {
    await cleanup();
    await cleanup();
  });

  it('clicked at the same time: each site logged out with its own token; each element hears only its own', async () => {
    const [{ apiKey: keyA, info }, { apiKey: keyB }] = [await newKey(), await newKey()];
    const [sessionA, sessionB] = [await login(keyA), await login(keyB)];
    await setAnswer(keyA, 'hold', 1);
    const [a, b] = await twoElements(keyA, keyB, info.origin);
    const [onA, onB, onDocument] = [record(a, 'gigya-logout'), record(b, 'gigya-logout'), record(document, 'gigya-logout')];

    const doneA = a.logout();
    const responseB = await b.logout();
    expect(await heldRequests(keyA)).to.equal(1);
    await release(keyA);
    const responseA = await doneA;

    expect([responseA.errorCode, responseB.errorCode]).to.deep.equal([0, 0]);
    expect((await logoutRequests(keyA)).map((r) => r.fields.login_token)).to.deep.equal([sessionA.token]);
    expect((await logoutRequests(keyB)).map((r) => r.fields.login_token)).to.deep.equal([sessionB.token]);
    expect([hasSession(keyA), hasSession(keyB)]).to.deep.equal([false, false]);
    expect(onA.map((e) => e.detail.apiKey)).to.deep.equal([keyA]);
    expect(onB.map((e) => e.detail.apiKey)).to.deep.equal([keyB]);
    expect(onDocument.map((e) => e.detail.apiKey)).to.deep.equal([keyB, keyA]);
  });

  it('an element without api-key takes Global Conf apiKey as its site', async () => {
    const { apiKey: keyA, info } = await newKey();
    const keyB = uniqueApiKey();
    setGlobalConf({ apiKey: keyB, apiDomain: info.origin });
    const wrap = await fixture(
      html`<div>
        <gigya-logout></gigya-logout>
        <gigya-logout api-key=${keyA} api-domain=${info.origin}></gigya-logout>
      </div>`,
    );
    const [confSite, siteA] = [...wrap.querySelectorAll('gigya-logout')] as GigyaLogout[];
    const onConfSite = record(confSite, 'gigya-logout');

    await siteA.logout();
    await confSite.logout();

    expect(onConfSite.map((e) => e.detail.apiKey)).to.deep.equal([keyB]);
  });

  it("an element for another site than gigya.js's goes by REST and does not relay gigya.js's own logouts", async () => {
    const [{ apiKey: keyA, info }, { apiKey: keyB }] = [await newKey(), await newKey()];
    const sessionB = await login(keyB);
    const standIn = installStandIn({}, keyA);
    const [a, b] = await twoElements(keyA, keyB, info.origin);
    const [onA, onB] = [record(a, 'gigya-logout'), record(b, 'gigya-logout')];

    const response = await b.logout();
    standIn.logsOutByItself('screen-set');

    expect(response.errorCode).to.equal(0);
    expect(standIn.logoutCalls).to.have.length(0);
    expect((await logoutRequests(keyB)).map((r) => r.fields.login_token)).to.deep.equal([sessionB.token]);
    expect(onB.map((e) => e.detail.apiKey)).to.deep.equal([keyB]);
    expect(onA.map((e) => [e.detail.apiKey, e.detail.source])).to.deep.equal([[keyA, 'screen-set']]);
  });
});
