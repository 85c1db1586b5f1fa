// docs/contract.md §3.1: a redirect answer is never followed. The real emulator answers 301/302/307/308 with a
// Location on another origin (its second server, same state), so a followed redirect would be
// recorded there, with the login token; each test checks where every request went. The postures
// of the service (CORS headers or not) with redirects: test/core/transport.postures.test.ts.

import { expect } from '@open-wc/testing';
import { requests, setRedirect } from '../helpers/emulator.js';
import { logout, recordLogouts } from '../helpers/logout.js';
import { sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { setup } from '../helpers/setup.js';
import { forgetOrigins } from '../helpers/stubs.js';

const hostOf = (origin: string) => new URL(origin).host;

describe('core: redirect answers are never followed', () => {
  const info = setup();

  for (const status of [307, 308, 302, 301] as const) {
    it(`${status} to another origin, seen by the page (same origin): 500001 naming the redirect, one request, no retry`, async () => {
      const { apiKey, session } = await signedIn();
      await setRedirect(apiKey, `redirect:${status}`, `${info.crossOrigin}/socialize.logout`);
      const events = recordLogouts();

      const response = await logout({ apiKey, apiDomain: info.origin });

      expect(response.errorCode).to.equal(500001);
      expect(response.errorMessage).to.equal('General server error');
      expect(response.errorDetails).to.match(/redirect/i);
      const recorded = await requests(apiKey);
      expect(recorded.map((r) => [r.host, r.fields.login_token])).to.deep.equal([[hostOf(info.origin), session.token]]);
      expect(events).to.have.length(0);
      expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    });
  }

  for (const status of [307, 308, 302] as const) {
    it(`${status} from another origin with CORS headers: 500001, the token only on the validated origin`, async () => {
      const { apiKey, session } = await signedIn();
      await setRedirect(apiKey, `redirect:${status}`, `${info.origin}/socialize.logout`);

      const response = await logout({ apiKey, apiDomain: info.crossOrigin });

      expect(response.errorCode).to.equal(500001);
      expect(response.errorDetails).to.match(/redirect/i);
      const recorded = await requests(apiKey);
      expect(recorded.map((r) => [r.host, r.fields.login_token])).to.deep.equal([[hostOf(info.crossOrigin), session.token]]);
    });

    // 307/308 keep the POST: the emulator redirects it again, a loop, so nothing answers (500026); after a
    // 302 the browser asks with GET, which the emulator answers (405): reached, not confirmed.
    const [code, message] = status == 302 ? [0, ''] : [500026, 'Network error'];
    it(`${status} from another origin without CORS headers: the token twice to that origin only; the tokenless check follows the redirects: ${code}`, async () => {
      forgetOrigins();
      const { apiKey, session } = await signedIn();
      await setRedirect(apiKey, `redirect-nocors:${status}`, `${info.origin}/socialize.logout`);

      const response = await logout({ apiKey, apiDomain: info.crossOrigin });

      expect(response.errorCode).to.equal(code);
      expect(response.errorMessage).to.equal(message);
      if (code == 0) expect(response.confirmed).to.equal(false);
      const recorded = await requests(apiKey);
      const withToken = recorded.filter((r) => r.fields.login_token);
      expect(withToken.map((r) => [r.host, r.fields.login_token])).to.deep.equal([
        [hostOf(info.crossOrigin), session.token],
        [hostOf(info.crossOrigin), session.token],
      ]);
      // the no-cors check (docs/contract.md §2.2): on the validated origin first, and without the token
      expect([recorded[2].host, recorded[2].fields.login_token]).to.deep.equal([hostOf(info.crossOrigin), undefined]);
    });
  }
});
