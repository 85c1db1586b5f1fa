// docs/contract.md §2.1: what the page controls is read one safe way. Frames named like the globals (a sandboxed
// `<iframe name>` is a cross-origin window), throwing getters, revoked Proxies and a polluted
// Object.prototype each give exactly one answer; nothing throws out of socialize.logout.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { socialize } from '../../src/core/index.js';
import { ownFields, pageObject } from '../../src/core/page-globals.js';
import { sandboxedFrameNamed } from '../helpers/frames.js';
import { logoutRequests } from '../helpers/emulator.js';
import type { LogoutResponse } from '../../src/core/types.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { logout } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { setGlobalConf, stubConsoleWarn, stubLogoutFetch } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

/** A sandboxed frame named `name` (window[name] is then a cross-origin window), removed at cleanup. */
async function frameNamed(name: string): Promise<void> {
  const frame = await sandboxedFrameNamed(name);
  onCleanup(() => frame.remove());
}

/** Sets `Object.prototype[key]` (enumerable, as careless code does) for this test only. */
function pollute(key: string, value: unknown): void {
  (Object.prototype as Record<string, unknown>)[key] = value;
  onCleanup(() => delete (Object.prototype as Record<string, unknown>)[key]);
}

/** Defines `window[name]` as a getter that throws, for this test only. */
function throwingGlobal(name: string): void {
  Object.defineProperty(window, name, {
    configurable: true,
    get() {
      throw new Error(`no ${name} for you`);
    },
  });
  onCleanup(() => delete (window as unknown as Record<string, unknown>)[name]);
}

describe('core: reading what the page controls', () => {
  const info = setup();

  it('a frame named __gigyaConf counts as no Global Conf (one warning); the call still logs out', async () => {
    const { apiKey } = await signedIn();
    await frameNamed('__gigyaConf');
    const warnings = stubConsoleWarn();

    const first = await logout({ apiKey, apiDomain: info.origin });
    await logout({ apiKey, apiDomain: info.origin });

    expect(first.errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    expect(warnings.filter((w) => String(w[0]).includes('__gigyaConf'))).to.have.length(1);
  });

  it('a frame named gigya counts as no gigya.js: the call goes by REST', async () => {
    const { apiKey, session } = await signedIn();
    await frameNamed('gigya');
    stubConsoleWarn();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(0);
    expect((await logoutRequests(apiKey)).map((r) => r.fields.login_token)).to.deep.equal([session.token]);
  });

  it('a throwing window.__gigyaConf getter, or window.gigya getter: one answer, nothing thrown', async () => {
    const { apiKey } = await signedIn();
    throwingGlobal('__gigyaConf');
    throwingGlobal('gigya');
    const warnings = stubConsoleWarn();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(0);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    expect(warnings.length).to.be.at.most(2);
  });

  it('a Global Conf key whose getter throws counts as absent; the other keys stay (one warning per key)', async () => {
    const { apiKey } = await signedIn();
    const conf = { apiKey, apiDomain: info.origin };
    Object.defineProperty(conf, 'cid', {
      enumerable: true,
      get() {
        throw new Error('cid getter');
      },
    });
    setGlobalConf(conf);
    const warnings = stubConsoleWarn();

    const response = await logout();
    await logout();

    expect(response.errorCode).to.equal(0);
    expect(response.requestParams.cid).to.equal(undefined);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(warnings.filter((w) => String(w[0]).includes('__gigyaConf.cid'))).to.have.length(1);
  });

  it('a revoked Proxy as Global Conf counts as absent: 400002 with no key anywhere, the call key still works', async () => {
    const { apiKey } = await signedIn();
    const { proxy, revoke } = Proxy.revocable({ apiKey }, {});
    revoke();
    setGlobalConf(proxy);
    stubConsoleWarn();

    expect((await logout()).errorCode).to.equal(400002);
    expect((await logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('call params with a throwing getter: 400006 naming the key, no request, the session untouched', async () => {
    const { apiKey } = await signedIn();
    const callbacks: unknown[] = [];
    // The throwing key comes first: the keys after it (the callback) are still read.
    const params = Object.defineProperty({}, 'cid', {
      enumerable: true,
      get() {
        throw new Error('cid getter');
      },
    });
    Object.assign(params, { apiKey, apiDomain: info.origin, callback: (r: unknown) => callbacks.push(r) });

    const response = await socialize.logout(params);

    expect(response.errorCode).to.equal(400006);
    expect(response.errorDetails).to.contain('cid');
    expect(callbacks.length === 1 && callbacks[0] === response, 'the callback once, with the response').to.equal(true);
    expect(await logoutRequests(apiKey)).to.have.length(0);
    expect(sessionCookiesLeft(apiKey)).to.have.length(2);
  });

  it('call params that are a revoked Proxy: 400006 saying the params could not be read; nothing thrown', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();

    const response = await socialize.logout(proxy);

    expect(response.errorCode).to.equal(400006);
    expect(response.errorDetails).to.equal('params could not be read');
  });

  it('call params whose keys cannot be listed (a throwing ownKeys trap): 400006, and their readable callback gets it once', async () => {
    const apiKey = freshKey();
    const callbacks: LogoutResponse[] = [];
    const params = new Proxy(
      { apiKey, callback: (r: LogoutResponse) => callbacks.push(r) },
      {
        ownKeys() {
          throw new Error('no listing');
        },
      },
    );

    const response = await socialize.logout(params);

    expect(response).to.include({ errorCode: 400006, errorDetails: 'params could not be read' });
    expect(callbacks.length === 1 && callbacks[0] === response, 'the callback once, with the response').to.equal(true);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('Object.prototype.apiDomain (prototype pollution) is never a param: the token goes to the data center asked for', async () => {
    const { apiKey, session } = await signedIn();
    pollute('apiDomain', info.crossOrigin);
    pollute('alwaysSend', true);
    setGlobalConf({ apiKey, apiDomain: info.origin });

    const response = await logout();

    expect(response.errorCode).to.equal(0);
    expect(Object.prototype.hasOwnProperty.call(response.requestParams, 'alwaysSend')).to.equal(false);
    const recorded = await logoutRequests(apiKey);
    expect(recorded.map((r) => [r.host, r.fields.login_token])).to.deep.equal([[new URL(info.origin).host, session.token]]);
  });

  it('Object.prototype.__gigyaConf and .gigya (pollution) are not page globals', async () => {
    const { apiKey } = await signedIn();
    let bridged = 0;
    pollute('__gigyaConf', { apiKey: 'polluted', apiDomain: info.crossOrigin });
    pollute('gigya', { socialize: { logout: () => bridged++, addEventHandlers: () => bridged++ } });

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(0);
    expect(bridged).to.equal(0);
    expect((await logoutRequests(apiKey)).map((r) => r.host)).to.deep.equal([new URL(info.origin).host]);
  });

  it('a legacy library that adds an enumerable method to Object.prototype does not break a logout', async () => {
    const { apiKey } = await signedIn();
    pollute('extend', function extend() {});
    pollute('cid', function cid() {});

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(0);
    expect(Object.keys((await logoutRequests(apiKey))[0].fields)).not.to.include('cid');
  });

  it('ownFields: own enumerable keys only, null/undefined left out, the throwing key named', () => {
    const source = Object.create({ inherited: 1 });
    source.own = 'yes';
    source.empty = undefined;
    Object.defineProperty(source, 'bad', {
      enumerable: true,
      get() {
        throw new Error('bad');
      },
    });
    expect({ ...ownFields(source, ['own', 'empty', 'inherited']).fields }).to.deep.equal({ own: 'yes' });
    expect(ownFields(source).failed).to.equal('bad');
    expect(Object.keys(ownFields(null).fields)).to.deep.equal([]);
    expect(ownFields(null).failed).to.equal(undefined);
  });

  it('pageObject: an element named like the global is not a plain object', () => {
    const div = document.createElement('div');
    div.id = 'someConfForTest';
    document.body.append(div);
    onCleanup(() => div.remove());
    const warnings = stubConsoleWarn();
    expect(Object.keys(pageObject('someConfForTest', ['id']))).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('not a plain object');
  });
});

// As properties (fast-check, bounded runs): any Global Conf and call params shape (own keys, inherited
// keys, getters that throw, Proxies, frames) gives exactly one answer with a documented code, and the
// token never goes to an origin that only an inherited, unreadable or invalid key names.

const EVIL = 'https://evil.example';
const KEYS = [
  'apiKey',
  'APIKey',
  'apiDomain',
  'dataCenter',
  'cid',
  'timeout',
  'alwaysSend',
  'forceProvidersLogout',
  'context',
  'callback',
  'x',
];
/** Values a key may have: valid ones, invalid ones, and values naming the evil origin (always invalid or inherited). */
const VALUE = fc.oneof(
  fc.constantFrom(
    'https://login.example.com',
    'login.example.com',
    'us1.gigya.com',
    'eu1',
    `${EVIL}/path`,
    'javascript:alert(1)',
    'evil.example:1',
  ),
  fc.constantFrom(true, false, 0, 15000, -1, null, undefined, 'x'.repeat(101), '3_key'),
  fc.anything({ maxDepth: 1 }),
);
/** How one key is present: an own value, a getter that throws, or not at all. */
const SLOT = fc.oneof(
  VALUE.map((value) => ({ kind: 'own' as const, value })),
  fc.constant({ kind: 'throws' as const }),
  fc.constant({ kind: 'absent' as const }),
);
const SHAPE = fc.record({
  slots: fc.dictionary(fc.constantFrom(...KEYS), SLOT),
  /** How the object itself is given. */
  wrapper: fc.constantFrom('plain', 'null-proto', 'proxy', 'revoked', 'class'),
});

type Shape = typeof SHAPE extends fc.Arbitrary<infer T> ? T : never;

/** Builds the object a shape describes; inherited keys always name the evil origin. */
function build({ slots, wrapper }: Shape): unknown {
  const proto = wrapper == 'class' ? { apiDomain: EVIL, apiKey: 'inherited', alwaysSend: true } : Object.prototype;
  const target: Record<string, unknown> = wrapper == 'null-proto' ? Object.create(null) : Object.create(proto);
  for (const [key, slot] of Object.entries(slots)) {
    if (slot.kind == 'own') target[key] = slot.value;
    if (slot.kind == 'throws')
      Object.defineProperty(target, key, {
        enumerable: true,
        get() {
          throw new Error(`${key} getter`);
        },
      });
  }
  if (wrapper == 'proxy') return new Proxy(target, {});
  if (wrapper == 'revoked') {
    const { proxy, revoke } = Proxy.revocable(target, {});
    revoke();
    return proxy;
  }
  return target;
}

describe('core: any Global Conf and params shape (properties)', () => {
  afterEach(cleanup);

  it('exactly one answer with a documented code; the token never goes to an origin only an inherited, throwing or invalid key names', async () => {
    const apiKey = freshKey();
    stubConsoleWarn();
    const urls = stubLogoutFetch();
    (Object.prototype as Record<string, unknown>).apiDomain = EVIL;
    onCleanup(() => delete (Object.prototype as Record<string, unknown>).apiDomain);

    await fc.assert(
      fc.asyncProperty(SHAPE, SHAPE, fc.boolean(), async (conf, call, withKey) => {
        setGlobalConf(build(conf));
        const params = build(call) as Record<string, unknown>;
        const callbacks: LogoutResponse[] = [];
        document.cookie = `glt_${apiKey}=st2.shape|UUID=0; path=/`;
        urls.length = 0;
        let assigned = false;
        try {
          // The caller's own keys, as a caller would add them (a revoked Proxy, or a throwing getter without setter, refuses).
          if (withKey) Object.assign(params, { apiKey, callback: (r: LogoutResponse) => callbacks.push(r) });
          assigned = withKey;
        } catch {
          // passed as it is
        }
        const response = await socialize.logout(params);

        expect([0, 400002, 400006, 500001]).to.include(response.errorCode);
        expect(callbacks.length).to.equal(assigned ? 1 : 0);
        if (assigned) expect(callbacks[0] === response, 'the callback gets the promise value').to.equal(true);
        for (const { url } of urls) expect(url).not.to.contain('evil.example');
        if (urls.length) expect(response.errorCode).to.equal(0);
      }),
      { numRuns: 60 },
    );
  });
});
