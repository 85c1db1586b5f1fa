// docs/contract.md §2.2, §2.3, §2.4, §2.5, §3.1: the REST transport in each posture the service may
// take toward the page (the emulator's POSTURES): CORS headers for the page's origin with credentials
// (`cors=reflect`), `*` without credentials (`cors=wildcard`), none (`cors=none`), or every connection
// refused (`blocked`). For each: the first logout on the page, the second, `alwaysSend` (cookies only)
// and redirect answers; each test counts the requests that carry the token and where they went.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { login, logoutRequests, requests, setPosture, setRedirect, type Posture, type RecordedRequest } from '../helpers/emulator.js';
import { HEX32, logout, recordLogouts, SUCCESS } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { forgetOrigins, spyFetch, stubConsoleWarn } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

const hostOf = (origin: string) => new URL(origin).host;

/** The requests that carried a login token: [host, token] each, in arrival order. */
const withToken = (recorded: RecordedRequest[]) => recorded.filter((r) => r.fields.login_token).map((r) => [r.host, r.fields.login_token]);

/** A signed-in test key whose server stands so toward the page; the core knows no origin yet. */
async function siteIn(posture: Posture) {
  forgetOrigins();
  const signed = await signedIn();
  await setPosture(signed.apiKey, posture);
  return signed;
}

describe('core: the REST transport in each posture of the service', () => {
  const info = setup();

  // First in the file: the console warning is once per page.
  it('cors=none, first logout: sent, not confirmed (errorCode 0, confirmed: false), one warning naming the fix', async () => {
    const warnings = stubConsoleWarn();
    const { apiKey, session } = await siteIn('cors=none');
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.crossOrigin });

    expect(response).to.include({ ...SUCCESS, confirmed: false });
    expect(response.errorDetails)
      .to.match(/not confirmed/)
      .and.include(new URL(info.crossOrigin).origin);
    expect(response.callId).to.match(HEX32);
    expect(events.map((e) => e.confirmed)).to.deep.equal([false]);
    const recorded = await logoutRequests(apiKey);
    // include, then omit (both carry the token to the validated origin); then the tokenless no-cors check
    expect(withToken(recorded)).to.deep.equal([
      [hostOf(info.crossOrigin), session.token],
      [hostOf(info.crossOrigin), session.token],
    ]);
    expect(recorded).to.have.length(3);
    expect(recorded[2].fields).not.to.have.property('loginTokenExp');
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0]))
      .to.match(/gigya\.js/)
      .and.match(/apiDomain/);

    await logout({ apiKey, apiDomain: info.crossOrigin });
    expect(warnings, 'one warning per page').to.have.length(1);
  });

  it('cors=none, second logout: the unconfirmed token is sent again, to the validated origin only', async () => {
    const { apiKey, session } = await siteIn('cors=none');
    expect((await logout({ apiKey, apiDomain: info.crossOrigin })).confirmed).to.equal(false);

    const second = await logout({ apiKey, apiDomain: info.crossOrigin });

    expect(second).to.include({ errorCode: 0, confirmed: false });
    const tokens = withToken(await logoutRequests(apiKey));
    expect(tokens).to.have.length(4);
    expect(tokens.every(([host, token]) => host == hostOf(info.crossOrigin) && token == session.token)).to.equal(true);
  });

  it('cors=reflect: one request per logout, as before; the answer is read (no confirmed field)', async () => {
    const { apiKey, session } = await siteIn('cors=reflect');
    const events = recordLogouts();

    const first = await logout({ apiKey, apiDomain: info.crossOrigin });
    const again = await login(apiKey);
    const second = await logout({ apiKey, apiDomain: info.crossOrigin });

    for (const response of [first, second]) {
      expect(response).to.include(SUCCESS);
      expect(response).not.to.have.property('confirmed');
      expect(response).not.to.have.property('errorDetails');
    }
    expect(events.map((e) => 'confirmed' in e)).to.deep.equal([false, false]);
    expect(withToken(await requests(apiKey))).to.deep.equal([
      [hostOf(info.crossOrigin), session.token],
      [hostOf(info.crossOrigin), again.token],
    ]);
  });

  it("cors=wildcard: the first logout takes one more request, without credentials, and gets the server's own answer; the second takes one", async () => {
    const { apiKey, session } = await siteIn('cors=wildcard');
    const seen = spyFetch();

    const first = await logout({ apiKey, apiDomain: info.crossOrigin });

    expect(first).to.include(SUCCESS);
    expect(first).not.to.have.property('confirmed');
    expect(seen.map((s) => s.init?.credentials)).to.deep.equal(['include', 'omit']);
    expect(first.callId).to.equal(seen[1].body?.callId);
    const again = await login(apiKey);
    const second = await logout({ apiKey, apiDomain: info.crossOrigin });
    expect(second).to.include(SUCCESS);
    expect(seen.map((s) => s.init?.credentials)).to.deep.equal(['include', 'omit', 'omit']);
    expect(second.callId).to.equal(seen[2].body?.callId);
    expect(withToken(await requests(apiKey))).to.deep.equal([
      [hostOf(info.crossOrigin), session.token],
      [hostOf(info.crossOrigin), session.token],
      [hostOf(info.crossOrigin), again.token],
    ]);
  });

  it('blocked: 500026 Network error, the cookies gone, the token kept for the next logout (2 + 2 requests, one origin)', async () => {
    const { apiKey, session } = await siteIn('blocked');
    const events = recordLogouts();

    const first = await logout({ apiKey, apiDomain: info.crossOrigin });
    const second = await logout({ apiKey, apiDomain: info.crossOrigin });

    for (const response of [first, second])
      expect(response).to.include({ errorCode: 500026, errorMessage: 'Network error', status: 'FAIL' });
    expect(events).to.have.length(0);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    const tokens = withToken(await logoutRequests(apiKey));
    expect(tokens).to.deep.equal(Array(4).fill([hostOf(info.crossOrigin), session.token]));
  });

  for (const [posture, expected] of [
    ['cors=reflect', { errorCode: 0 }],
    ['cors=wildcard', { errorCode: 0, confirmed: false }],
    ['cors=none', { errorCode: 0, confirmed: false }],
    ['blocked', { errorCode: 500026 }],
  ] as const) {
    it(`${posture}, alwaysSend with no visible session: every request has credentials, none a token (${JSON.stringify(expected)})`, async () => {
      forgetOrigins();
      const apiKey = freshKey();
      await setPosture(apiKey, posture);
      const seen = spyFetch();

      const response = await logout({ apiKey, apiDomain: info.crossOrigin, alwaysSend: true });

      expect(response).to.include(expected);
      if (!('confirmed' in expected)) expect(response).not.to.have.property('confirmed');
      const posts = seen.filter((s) => s.init?.mode != 'no-cors');
      expect(posts.length).to.be.within(1, 2);
      expect(posts.every((s) => s.init?.credentials == 'include')).to.equal(true);
      const recorded = await logoutRequests(apiKey);
      expect(recorded.length).to.be.within(1, 3);
      expect(withToken(recorded)).to.deep.equal([]);
    });
  }

  for (const [posture, expected, tokenRequests] of [
    ['cors=reflect', 500001, 1],
    ['cors=wildcard', 500001, 2],
    ['cors=none', 0, 2],
    ['blocked', 500026, 2],
  ] as const) {
    it(`${posture}, a 307 answer to another origin: never followed with the token (${tokenRequests} to the validated origin), ${expected}`, async () => {
      const { apiKey, session } = await siteIn(posture);
      await setRedirect(apiKey, 'redirect:307', `${info.origin}/socialize.logout`, 2);

      const response = await logout({ apiKey, apiDomain: info.crossOrigin });

      expect(response.errorCode).to.equal(expected);
      if (expected == 500001) expect(response.errorDetails).to.match(/redirect/);
      if (expected == 0) expect(response.confirmed).to.equal(false);
      const recorded = await requests(apiKey);
      expect(withToken(recorded)).to.deep.equal(Array(tokenRequests).fill([hostOf(info.crossOrigin), session.token]));
    });
  }

  it('any posture, any run of logouts: at most 2 requests carry the token per logout, only to the validated origin, in the body', async () => {
    const seen = spyFetch();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Posture>('cors=reflect', 'cors=wildcard', 'cors=none', 'blocked'),
        fc.array(fc.record({ signIn: fc.boolean(), alwaysSend: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        async (posture, runs) => {
          forgetOrigins();
          const apiKey = freshKey();
          await setPosture(apiKey, posture);
          for (const { signIn, alwaysSend } of runs) {
            if (signIn) await login(apiKey);
            seen.length = 0;
            const response = await logout({ apiKey, apiDomain: info.crossOrigin, alwaysSend });
            expect([0, 500026]).to.include(response.errorCode);
            expect(seen.filter((s) => String(s.init?.body).includes('login_token')).length).to.be.at.most(2);
            for (const s of seen) expect(s.url).to.equal(`${info.crossOrigin}/socialize.logout`);
            for (const s of seen.filter((s) => s.init?.mode == 'no-cors')) expect(String(s.init?.body)).not.to.include('login_token');
          }
          const recorded = await requests(apiKey);
          expect(recorded.every((r) => r.host == hostOf(info.crossOrigin) && !r.url.includes('token'))).to.equal(true);
        },
      ),
      { numRuns: 12 },
    );
  });
});
