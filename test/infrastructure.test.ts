// Proves the test infrastructure works from a browser over real HTTP: the Gigya emulator
// (same origin, cross origin, closed origin), its answer modes, the SAML endpoints and `?delay=`.

import { expect } from '@open-wc/testing';
import {
  heldRequests,
  login,
  logoutRequests,
  release,
  requests,
  resetKey,
  setAnswer,
  setPosture,
  setSamlAnswer,
  uniqueApiKey,
  waitForRequests,
} from './helpers/emulator.js';
import { setup } from './helpers/setup.js';
import { cookieValue, freshKey } from './helpers/session.js';
import { settledWithin } from './helpers/timing.js';

interface GigyaBody {
  callId?: string;
  errorCode?: number;
  errorMessage?: string;
  errorDetails?: string;
  statusCode?: number;
  statusReason?: string;
  time?: string;
  apiVersion?: number;
  connectedProviders?: string;
  samlContext?: string;
  connectedSamlSessions?: string;
}

function postLogout(origin: string, fields: Record<string, string>, init: RequestInit = {}): Promise<Response> {
  return fetch(`${origin}/socialize.logout`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ authMode: 'cookie', format: 'json', ...fields }),
    ...init,
  });
}

async function logoutJson(origin: string, fields: Record<string, string>): Promise<GigyaBody> {
  const response = await postLogout(origin, fields);
  expect(response.status).to.equal(200);
  expect(response.headers.get('content-type')).to.match(/^application\/json/);
  return (await response.json()) as GigyaBody;
}

describe('test infrastructure: Gigya emulator', () => {
  const info = setup();
  let apiKey: string;

  beforeEach(() => {
    apiKey = freshKey();
  });

  it('reports its origins: its own, a cross origin and a closed one', () => {
    expect(info.origin).to.equal(location.origin);
    expect(info.crossOrigin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.closedOrigin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set([info.origin, info.crossOrigin, info.closedOrigin]).size).to.equal(3);
  });

  it('gives unique API keys', () => {
    expect(uniqueApiKey()).to.match(/^3_t[0-9a-f]{18}$/);
    expect(uniqueApiKey()).not.to.equal(uniqueApiKey());
  });

  it('login sets the glt_ and gltexp_ cookies', async () => {
    const before = Date.now();
    const session = await login(apiKey);
    const after = Date.now();
    expect(session.token).to.match(/^st2\.[\w-]+$/);
    expect(session.cookie).to.match(new RegExp(`^${session.token.replace('.', '\\.')}\\|UUID=[0-9a-f]{32}$`));
    expect(cookieValue(`glt_${apiKey}`)).to.equal(session.cookie);
    expect(Number(cookieValue(`gltexp_${apiKey}`))).to.equal(session.exp);
    // An hour after the login (page and emulator share the machine's clock; 1 s for rounding).
    expect(session.exp).to.be.within(Math.floor(before / 1000) + 3600 - 1, Math.ceil(after / 1000) + 3600 + 1);
  });

  it('ok: a live token gets errorCode 0, then the session is over (403005)', async () => {
    const session = await login(apiKey, { providers: 'facebook,saml-idp1', samlContext: 'ctx1', samlSessions: 's1,s2' });
    const before = Date.now();
    const body = await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token, sdk: 'test' });
    const after = Date.now();
    expect(body).to.include({ errorCode: 0, apiVersion: 2, statusCode: 200, statusReason: 'OK' });
    expect(body).to.include({ connectedProviders: 'facebook,saml-idp1', samlContext: 'ctx1', connectedSamlSessions: 's1,s2' });
    expect(body.callId).to.match(/^[0-9a-f]{32}$/);
    // The time of the answer (page and emulator share the machine's clock; 1 s for rounding).
    expect(Date.parse(body.time ?? '')).to.be.within(before - 1000, after + 1000);
    const again = await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token });
    expect(again.errorCode).to.equal(403005);
  });

  it('records each logout request with its fields, content type, origin and cookies', async () => {
    const session = await login(apiKey);
    const before = Date.now();
    await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token, cid: 'c1' });
    const after = Date.now();
    const [recorded, ...more] = await logoutRequests(apiKey);
    expect(more).to.have.length(0);
    expect(recorded).to.include({ method: 'POST', path: '/socialize.logout', url: '/socialize.logout' });
    expect(recorded.contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(recorded.origin).to.equal(location.origin);
    expect(recorded.cookie).to.include(`glt_${apiKey}=${session.cookie}`);
    expect(recorded.fields).to.deep.equal({ authMode: 'cookie', format: 'json', APIKey: apiKey, login_token: session.token, cid: 'c1' });
    // Its arrival (page and emulator share the machine's clock; 1 s for rounding).
    expect(recorded.time).to.be.within(before - 1000, after + 1000);
  });

  it('ok: an unknown token or no token gets 403005 Unauthorized user (HTTP 200)', async () => {
    const unknown = await logoutJson(info.origin, { APIKey: apiKey, login_token: 'st2.nope' });
    expect(unknown).to.include({ errorCode: 403005, errorMessage: 'Unauthorized user', statusCode: 403, statusReason: 'Forbidden' });
    expect(unknown.errorDetails).to.be.a('string').and.not.empty;
    expect((await logoutJson(info.origin, { APIKey: apiKey })).errorCode).to.equal(403005);
  });

  it('a session of one API key is not a session of another', async () => {
    const session = await login(apiKey);
    const other = uniqueApiKey();
    expect((await logoutJson(info.origin, { APIKey: other, login_token: session.token })).errorCode).to.equal(403005);
    expect((await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token })).errorCode).to.equal(0);
  });

  it('error:<code> answers that Gigya error with HTTP 200', async () => {
    await setAnswer(apiKey, 'error:400093');
    const body = await logoutJson(info.origin, { APIKey: apiKey, login_token: 'x' });
    expect(body).to.include({ errorCode: 400093, errorMessage: 'Invalid ApiKey parameter', statusCode: 400, statusReason: 'Bad Request' });
    await setAnswer(apiKey, 'error:500001');
    const general = await logoutJson(info.origin, { APIKey: apiKey });
    expect(general).to.include({ errorCode: 500001, errorMessage: 'General Server Error', statusCode: 500 });
  });

  it('queued answers are used once each, in order, then the sticky one', async () => {
    const session = await login(apiKey);
    await setAnswer(apiKey, 'error:500001', 2);
    await setAnswer(apiKey, 'error:400006', 1);
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token })).errorCode);
    expect(codes).to.deep.equal([500001, 500001, 400006, 0]);
  });

  it('html500 answers HTTP 500 with an HTML page', async () => {
    await setAnswer(apiKey, 'html500');
    const response = await postLogout(info.origin, { APIKey: apiKey });
    expect(response.status).to.equal(500);
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    expect(await response.text()).to.match(/<html>/i);
  });

  it('malformed answers truncated JSON; no-error-code answers JSON without errorCode', async () => {
    await setAnswer(apiKey, 'malformed', 1);
    await setAnswer(apiKey, 'no-error-code', 1);
    const malformed = await postLogout(info.origin, { APIKey: apiKey });
    expect(malformed.headers.get('content-type')).to.match(/^application\/json/);
    const text = await malformed.text();
    expect(() => JSON.parse(text)).to.throw(SyntaxError);
    const body = await logoutJson(info.origin, { APIKey: apiKey });
    expect(body).not.to.have.property('errorCode');
    expect(body.statusCode).to.equal(200);
  });

  it('slow:<ms> answers ok after that long', async () => {
    const session = await login(apiKey);
    await setAnswer(apiKey, 'slow:400', 1);
    const start = performance.now();
    const body = await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token });
    expect(performance.now() - start).to.be.at.least(380);
    expect(body.errorCode).to.equal(0);
  });

  it('hold waits for release, then answers ok', async () => {
    const session = await login(apiKey);
    await setAnswer(apiKey, 'hold', 1);
    const pending = logoutJson(info.origin, { APIKey: apiKey, login_token: session.token });
    expect(await heldRequests(apiKey), 'arrived and held').to.equal(1);
    expect(await settledWithin(pending, 50)).to.equal('pending');
    expect(await release(apiKey)).to.equal(1);
    expect((await pending).errorCode).to.equal(0);
  });

  it('hang never answers: still pending after 300 ms, then the client aborts', async () => {
    await setAnswer(apiKey, 'hang');
    const controller = new AbortController();
    const pending = postLogout(info.origin, { APIKey: apiKey }, { signal: controller.signal });
    expect(await settledWithin(pending, 300)).to.equal('pending');
    controller.abort();
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('reset drops the connection: fetch rejects', async () => {
    await setAnswer(apiKey, 'reset', 1);
    const error = await postLogout(info.origin, { APIKey: apiKey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('the cross-origin server answers with CORS and credentials, and shares the state', async () => {
    const session = await login(apiKey);
    // A credentialed cross-origin fetch resolves only when the answer has Access-Control-Allow-Origin
    // equal to this origin and Access-Control-Allow-Credentials: true (JS cannot read those headers).
    const response = await postLogout(info.crossOrigin, { APIKey: apiKey, login_token: session.token });
    expect(response.type).to.equal('cors');
    expect(((await response.json()) as GigyaBody).errorCode).to.equal(0);
    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.origin).to.equal(location.origin);
    const crossInfo = await (await fetch(`${info.crossOrigin}/__emulator/info`)).json();
    expect(crossInfo.origin).to.equal(info.crossOrigin);
  });

  it('nocors: the same answer without CORS headers, so a cross-origin fetch rejects', async () => {
    await setAnswer(apiKey, 'nocors');
    const error = await postLogout(info.crossOrigin, { APIKey: apiKey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(await logoutRequests(apiKey)).to.have.length(1); // it did reach the server
  });

  const rejection = (request: Promise<unknown>) =>
    request.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('posture cors=wildcard: `*`, no credentials header: readable without credentials only; the logout is processed', async () => {
    await login(apiKey);
    await setPosture(apiKey, 'cors=wildcard');
    expect(await rejection(postLogout(info.crossOrigin, { APIKey: apiKey }))).to.be.instanceOf(TypeError);
    const response = await postLogout(info.crossOrigin, { APIKey: apiKey }, { credentials: 'omit' });
    expect(((await response.json()) as GigyaBody).errorCode).to.equal(403005);
    expect(await logoutRequests(apiKey)).to.have.length(2);
  });

  it('posture cors=none: no CORS headers (no request may read it), yet a no-cors request resolves and the logout is processed', async () => {
    const { token } = await login(apiKey);
    await setPosture(apiKey, 'cors=none');
    expect(await rejection(postLogout(info.crossOrigin, { APIKey: apiKey, login_token: token }, { credentials: 'omit' }))).to.be.instanceOf(
      TypeError,
    );
    const opaque = await postLogout(info.crossOrigin, { APIKey: apiKey, login_token: token }, { mode: 'no-cors', headers: {} });
    expect(opaque.type).to.equal('opaque');
    // the first one ended the session: the second got 403005, which no page can see
    await setPosture(apiKey, 'cors=reflect');
    expect(((await (await postLogout(info.crossOrigin, { APIKey: apiKey, login_token: token })).json()) as GigyaBody).errorCode).to.equal(
      403005,
    );
  });

  it('posture blocked: every connection refused at once (logout and /js/gigya.js), nothing processed', async () => {
    const { token } = await login(apiKey);
    await setPosture(apiKey, 'blocked');
    expect(
      await rejection(postLogout(info.crossOrigin, { APIKey: apiKey, login_token: token }, { mode: 'no-cors', headers: {} })),
    ).to.be.instanceOf(TypeError);
    expect(await rejection(fetch(`${info.crossOrigin}/js/gigya.js?apiKey=${apiKey}`, { mode: 'no-cors' }))).to.be.instanceOf(TypeError);
    await setPosture(apiKey, 'cors=reflect');
    expect((await fetch(`${info.crossOrigin}/js/gigya.js?apiKey=${apiKey}`, { mode: 'no-cors' })).type).to.equal('opaque');
    expect(((await (await postLogout(info.crossOrigin, { APIKey: apiKey, login_token: token })).json()) as GigyaBody).errorCode).to.equal(
      0,
    );
  });

  it('the closed origin refuses connections', async () => {
    const error = await postLogout(info.closedOrigin, { APIKey: apiKey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
  });

  it('rejects a bad answer setting with a 400 that names the field', async () => {
    const bad = async (body: object) => {
      const response = await fetch('/__emulator/answer', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
      expect(response.status).to.equal(400);
      return ((await response.json()) as { field: string }).field;
    };
    expect(await bad({ apiKey, answer: 'sometimes' })).to.equal('answer');
    expect(await bad({ apiKey, answer: 'ok', times: 0 })).to.equal('times');
    expect(await bad({ apiKey, saml: 'maybe' })).to.equal('saml');
    expect(await bad({ answer: 'ok' })).to.equal('apiKey');
  });

  it('resetKey forgets sessions, answers and records', async () => {
    const session = await login(apiKey);
    await setAnswer(apiKey, 'error:500001');
    await logoutJson(info.origin, { APIKey: apiKey });
    await resetKey(apiKey);
    expect(await requests(apiKey)).to.deep.equal([]);
    expect((await logoutJson(info.origin, { APIKey: apiKey, login_token: session.token })).errorCode).to.equal(403005);
  });

  describe('SAML endpoints', () => {
    const frames: HTMLIFrameElement[] = [];

    function loadFrame(src: string): Promise<void> {
      const frame = document.createElement('iframe');
      frame.hidden = true;
      frames.push(frame);
      const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      frame.src = src;
      document.body.append(frame);
      return loaded;
    }

    afterEach(() => {
      for (const frame of frames.splice(0)) frame.remove();
    });

    it('record the iframe requests of both endpoints and answer HTML', async () => {
      await loadFrame(`${info.origin}/saml/v2.0/${apiKey}/sp/jsslo?name=idp1`);
      await loadFrame(`${info.origin}/saml/v2.0/${apiKey}/idp/slo/continue/?samlContext=ctx1&samlSession=s1`);
      const recorded = await requests(apiKey);
      expect(recorded.map((r) => r.path)).to.deep.equal([`/saml/v2.0/${apiKey}/sp/jsslo`, `/saml/v2.0/${apiKey}/idp/slo/continue/`]);
      expect(recorded[0]).to.include({ method: 'GET' });
      expect(recorded[0].fields).to.deep.equal({ name: 'idp1' });
      expect(recorded[1].fields).to.deep.equal({ samlContext: 'ctx1', samlSession: 's1' });
      const page = await fetch(`/saml/v2.0/${apiKey}/sp/jsslo?name=idp1`);
      expect(page.headers.get('content-type')).to.match(/^text\/html/);
    });

    it('hang: the request is recorded but never answered', async () => {
      await setSamlAnswer(apiKey, 'hang');
      const loaded = loadFrame(`${info.crossOrigin}/saml/v2.0/${apiKey}/sp/jsslo?name=idp2`);
      const recorded = await waitForRequests(apiKey, (r) => r.length > 0);
      expect(recorded.map((r) => r.fields.name)).to.deep.equal(['idp2']);
      expect(await settledWithin(loaded, 300)).to.equal('pending');
    });
  });
});

describe('test infrastructure: ?delay=<ms>', () => {
  it('delays a static file, e.g. a slow-loading <script>', async () => {
    const start = performance.now();
    const script = document.createElement('script');
    script.src = `/test/fixtures/delayed-script.js?delay=500&n=${Math.random()}`;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    // (No check at a fixed moment before: on a busy machine a 250 ms timer can fire after 500 ms.
    // The lower bound below says the same: the script did not run before 480 ms.)
    await loaded;
    const ranAt = (window as { __delayedScriptRanAt?: number }).__delayedScriptRanAt ?? 0;
    expect(ranAt - start).to.be.at.least(480);
    script.remove();
  });

  it('does not delay a request without it: it is answered while a delayed one still waits', async () => {
    // Compared with a delayed request, not with a clock: a busy machine is slow for both.
    const aborter = new AbortController();
    const delayed = fetch(`/test/fixtures/delayed-script.js?delay=20000&n=${Math.random()}`, { signal: aborter.signal }).then(
      () => 'delayed',
      () => 'aborted',
    );
    const plain = fetch(`/test/fixtures/delayed-script.js?n=${Math.random()}`).then((response) => (response.ok ? 'plain' : 'failed'));
    try {
      expect(await Promise.race([plain, delayed])).to.equal('plain');
    } finally {
      aborter.abort();
    }
    expect(await delayed).to.equal('aborted');
  });
});
