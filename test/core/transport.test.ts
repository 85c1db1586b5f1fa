// SPEC §2.5 and §3.1, as properties (fast-check, a bounded number of runs): whatever the service
// answers (any body, any status, any delay, or no answer in time), the caller gets exactly one answer
// with a documented code or the server's own, and the token goes only to the validated origin, in
// the POST body.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { socialize } from '../../src/core/index.js';
import { parseAnswer } from '../../src/core/transport.js';
import type { LogoutResponse } from '../../src/core/types.js';
import { answerLogoutFetch, cleanup, freshKey } from './support.js';

const ORIGIN = 'https://login.example.com';
/** The codes the client makes (SPEC §2.5) and success. */
const CLIENT_CODES = [0, 500001, 500026, 504002];
/** Statuses a Response can have with a body. */
const STATUS = fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s));

/** Bodies: any text, any JSON, and Gigya-like objects with and without a numeric errorCode. */
const BODY = fc.oneof(
  fc.string(),
  fc.json(),
  fc.record({ errorCode: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), callId: fc.string() }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.constantFrom('{"__proto__":{"errorCode":0}}', '[{"errorCode":0}]', '{"errorCode":0', '<html>500</html>', ''),
);

/** The errorCode a body carries as Gigya JSON (an own number), if any. */
function ownCode(text: string): number | undefined {
  try {
    const body = JSON.parse(text);
    return body && typeof body == 'object' && Object.prototype.hasOwnProperty.call(body, 'errorCode') && typeof body.errorCode == 'number'
      ? body.errorCode
      : undefined;
  } catch {
    return undefined;
  }
}

describe('core: any answer of the service (properties)', () => {
  afterEach(cleanup);

  it('parseAnswer: any body and status give a numeric errorCode; not Gigya JSON is 500001 with details', () => {
    fc.assert(
      fc.property(BODY, STATUS, (text, status) => {
        const answer = parseAnswer(text, status);
        const code = ownCode(text);
        if (code === undefined) expect(answer).to.include({ errorCode: 500001, errorMessage: 'General server error' });
        else expect(answer.errorCode).to.equal(code);
        expect(answer.errorCode).to.be.a('number');
      }),
      { numRuns: 300 },
    );
  });

  it('a polluted Object.prototype.errorCode does not make a body without its own errorCode an answer', () => {
    (Object.prototype as Record<string, unknown>).errorCode = 0;
    try {
      expect(parseAnswer('{"callId":"x"}', 200)).to.include({ errorCode: 500001 });
      expect(parseAnswer('<html>proxy</html>', 502)).to.include({ errorCode: 500001 });
    } finally {
      delete (Object.prototype as Record<string, unknown>).errorCode;
    }
  });

  it('socialize.logout: one answer, a documented or server code, the token only to the validated origin', async () => {
    const apiKey = freshKey();
    let next: { text: string; status: number; delay: number } = { text: '', status: 200, delay: 0 };
    const seen = answerLogoutFetch(
      (_url, signal) =>
        new Promise((resolve, reject) => {
          const { text, status, delay } = next;
          const timer = setTimeout(() => resolve(new Response(text, { status })), delay);
          signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );

    await fc.assert(
      fc.asyncProperty(BODY, STATUS, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 5, max: 40 }), async (text, status, delay, timeout) => {
        next = { text, status, delay };
        document.cookie = `glt_${apiKey}=st2.prop|UUID=0; path=/`;
        seen.length = 0;
        const callbacks: LogoutResponse[] = [];

        const response = await socialize.logout({ apiKey, apiDomain: ORIGIN, timeout, callback: (r) => callbacks.push(r) });

        expect(callbacks.length === 1 && callbacks[0] === response, 'one callback, with the promise value').to.equal(true);
        const code = ownCode(text);
        if (code === undefined || code === 0 || code === 403005) expect(CLIENT_CODES).to.include(response.errorCode);
        else expect([code, 504002]).to.include(response.errorCode);
        expect(seen.length).to.be.within(1, 2);
        for (const request of seen) {
          expect(request.url).to.equal(`${ORIGIN}/socialize.logout`);
          expect(new URLSearchParams(request.body).get('login_token')).to.equal('st2.prop');
        }
      }),
      { numRuns: 40 },
    );
  });
});
