// Robust placement of <gigya-logout>: the ways a page creates the element (createElement, innerHTML,
// a template, lit-html, properties set before upgrade), and a constructor that touches no cookie,
// network or global. Defining it, and loading the module twice: test/define.test.ts.

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { GigyaLogout, socialize } from '../../src/index.js';
import { logoutRequests, requests } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { clickAndWait, place, record } from '../helpers/element.js';
import { newKey, signedIn } from '../helpers/session.js';

describe('<gigya-logout> placement', () => {
  afterEach(cleanup);

  it('document.createElement, then attributes, then append: works', async () => {
    const { apiKey, info } = await signedIn();
    const el = document.createElement('gigya-logout');
    expect(el instanceof GigyaLogout, 'an upgraded GigyaLogout').to.equal(true);
    el.setAttribute('api-key', apiKey);
    el.setAttribute('api-domain', info.origin);
    el.textContent = 'Sign out';
    place(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.not.equal(null);
    expect((await clickAndWait(el)).response.errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('innerHTML: upgraded and working', async () => {
    const { apiKey, info } = await signedIn();
    const container = place(document.createElement('div'));
    container.innerHTML = `<gigya-logout api-key="${apiKey}" api-domain="${info.origin}" cid="from-html">Bye</gigya-logout>`;
    const el = container.querySelector('gigya-logout')!;
    expect(el instanceof GigyaLogout, 'an upgraded GigyaLogout').to.equal(true);
    await el.updateComplete;
    expect(
      el
        .shadowRoot!.querySelector('slot')!
        .assignedNodes()
        .map((n) => n.textContent),
    ).to.deep.equal(['Bye']);
    expect((await clickAndWait(el)).response.errorCode).to.equal(0);
    expect((await logoutRequests(apiKey)).map((r) => r.fields.cid)).to.deep.equal(['from-html']);
  });

  it('from a <template>: upgraded when imported into the document', async () => {
    const { apiKey, info } = await newKey();
    const template = document.createElement('template');
    template.innerHTML = `<gigya-logout api-key="${apiKey}" api-domain="${info.origin}"></gigya-logout>`;
    const inert = template.content.querySelector('gigya-logout')!;
    expect(inert instanceof GigyaLogout, 'not upgraded inside the template').to.equal(false);
    const container = place(document.createElement('div'));
    container.append(document.importNode(template.content, true));
    const el = container.querySelector('gigya-logout')!;
    expect(el instanceof GigyaLogout, 'an upgraded GigyaLogout').to.equal(true);
    expect((await el.logout()).errorCode).to.equal(0);
  });

  it('lit-html fixture: works', async () => {
    const { apiKey, info } = await signedIn();
    const el = await fixture<GigyaLogout>(html`<gigya-logout api-key=${apiKey} api-domain=${info.origin}></gigya-logout>`);
    expect((await clickAndWait(el)).response.errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('properties set before upgrade (another document, then adopted) are kept', async () => {
    const { apiKey, info } = await signedIn();
    const other = document.implementation.createHTMLDocument('');
    const raw = other.createElement('gigya-logout') as GigyaLogout;
    expect(raw instanceof GigyaLogout, 'not upgraded in a document without a browsing context').to.equal(false);
    Object.assign(raw, { apiKey, apiDomain: info.origin, cid: 'early', forceProvidersLogout: false });
    const el = place(document.adoptNode(raw));
    expect(el instanceof GigyaLogout, 'an upgraded GigyaLogout').to.equal(true);
    await el.updateComplete;
    expect([el.apiKey, el.cid, el.forceProvidersLogout]).to.deep.equal([apiKey, 'early', false]);
    const requested = record(el, 'gigya-logout-request');
    expect((await clickAndWait(el)).response.errorCode).to.equal(0);
    expect(requested[0].detail.params.forceProvidersLogout).to.equal(false);
    expect((await logoutRequests(apiKey)).map((r) => r.fields.cid)).to.deep.equal(['early']);
  });

  it('the constructor touches no cookie, network or Global Conf; an element never connected relays nothing', async () => {
    const { apiKey, info } = await signedIn();
    const touched: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        touched.push('cookie read');
        return cookie.get!.call(document);
      },
      set(value: string) {
        touched.push('cookie write');
        cookie.set!.call(document, value);
      },
    });
    onCleanup(() => delete (document as { cookie?: string }).cookie);
    const fetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => (touched.push(`fetch ${String(args[0])}`), fetch(...args));
    onCleanup(() => (window.fetch = fetch));
    Object.defineProperty(window, '__gigyaConf', {
      configurable: true,
      get: () => (touched.push('__gigyaConf read'), undefined),
    });
    onCleanup(() => delete (window as { __gigyaConf?: unknown }).__gigyaConf);

    const constructed = new GigyaLogout();
    const created = document.createElement('gigya-logout');
    created.setAttribute('api-key', apiKey);
    created.setAttribute('api-domain', info.origin);
    expect(touched).to.deep.equal([]);

    const onConstructed = record(constructed, 'gigya-logout');
    const onCreated = record(created, 'gigya-logout');
    const onDocument = record(document, 'gigya-logout');
    expect(await requests(apiKey)).to.have.length(0);
    expect((await socialize.logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    expect(onDocument).to.have.length(1);
    expect(onConstructed).to.have.length(0);
    expect(onCreated).to.have.length(0);
  });
});
