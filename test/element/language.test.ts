// docs/contract.md §6 through the element: which language it speaks (its lang, an ancestor's across shadow
// roots, Global Conf, <html lang>, English), aliases, right-to-left, explicit texts, run-time
// changes, and its accessible name. Every language module is loaded (language.late.test.ts covers
// a module that arrives after the elements rendered).

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/locales/all.js';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { heldRequests, login, release, setAnswer, waitForRequests } from '../helpers/emulator.js';
import { accessibility } from '../helpers/accessibility.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import {
  afterMutations,
  button,
  heldElement,
  labelOf,
  layoutSettled,
  nextResponse,
  setRootAttribute,
  shadow,
  statusRegion,
} from '../helpers/element.js';
import { signedIn } from '../helpers/session.js';
import { setGlobalConf } from '../helpers/stubs.js';

/** The accessible name of the button, as a screen reader gets it. */
const nameOf = (el: GigyaLogout): string => accessibility(button(el)).name;

/** Every <gigya-logout> under `root`, in document order. */
const all = (root: ParentNode): GigyaLogout[] => [...root.querySelectorAll('gigya-logout')];

/**
 * Clicks `el`, whose logout the emulator holds; runs `whileBusy` once it renders busy, then lets the
 * logout answer and waits for that render.
 */
async function clickHeld(el: GigyaLogout, apiKey: string, whileBusy: () => void): Promise<void> {
  const responded = nextResponse(el);
  el.click();
  await el.updateComplete;
  whileBusy();
  await heldRequests(apiKey); // the request has arrived: releasing earlier would free nothing
  await release(apiKey);
  await responded;
  await el.updateComplete;
}

describe('<gigya-logout> language: which one', () => {
  afterEach(cleanup);

  it('English when nothing says otherwise', async () => {
    setRootAttribute('lang', null);
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(nameOf(el)).to.equal('Log out');
  });

  it("its own lang, else the nearest ancestor's", async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div lang="fr">
        <gigya-logout></gigya-logout>
        <gigya-logout lang="de"></gigya-logout>
        <p lang="ja">
          <span><gigya-logout></gigya-logout></span>
        </p>
      </div>
    `);
    expect(all(wrap).map(nameOf)).to.deep.equal(['Se déconnecter', 'Abmelden', 'ログアウト']);
  });

  it('the walk up crosses shadow roots (shadow root → host)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <section></section>
        <article lang="it"></article>
      </div>`,
    );
    const [section, article] = [wrap.querySelector('section')!, wrap.querySelector('article')!];
    section.attachShadow({ mode: 'open' }).innerHTML = '<div><gigya-logout></gigya-logout></div>';
    const inner = article.attachShadow({ mode: 'closed' });
    inner.innerHTML = '<span></span>';
    inner.querySelector('span')!.attachShadow({ mode: 'open' }).innerHTML = '<gigya-logout></gigya-logout>';
    const nested = [
      section.shadowRoot!.querySelector('gigya-logout')!,
      inner.querySelector('span')!.shadowRoot!.querySelector('gigya-logout')!,
    ];
    await Promise.all(nested.map((el) => el.updateComplete));
    expect(nested.map(labelOf)).to.deep.equal(['Uitloggen', 'Esci']);
  });

  it('no lang on the element or its ancestors: Global Conf lang, then <html lang>', async () => {
    setRootAttribute('lang', 'sv');
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(labelOf(el)).to.equal('Logga ut');
    setGlobalConf({ lang: 'pl' });
    el.requestUpdate();
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Wyloguj się');
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"><gigya-logout></gigya-logout></div>`);
    expect(labelOf(all(wrap)[0]), 'an ancestor below <html> wins over Global Conf').to.equal('Log ud');
  });

  it('lang="" means unknown: English, whatever Global Conf and <html lang> say', async () => {
    setRootAttribute('lang', 'de');
    setGlobalConf({ lang: 'fr' });
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="ru">
        <gigya-logout lang=""></gigya-logout>
        <p lang=""><gigya-logout></gigya-logout></p>
      </div>`,
    );
    expect(all(wrap).map(labelOf)).to.deep.equal(['Log out', 'Log out']);
  });

  it('a language without texts on the page is English (and marked lang="en" for screen readers)', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout lang="kl"></gigya-logout>`);
    expect(nameOf(el)).to.equal('Log out');
    expect(shadow(el).querySelector('[part~="label"] [lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('tags match by prefix, any case; informal variants and aliases', async () => {
    const pairs: [string, string][] = [
      ['pt-BR', 'pt-br'],
      ['PT-br', 'pt-br'],
      ['pt-PT', 'pt'],
      ['de-inf', 'de'],
      ['fr-inf', 'fr'],
      ['es-inf', 'es'],
      ['nl-inf', 'nl'],
      ['zh', 'zh-cn'],
      ['zh-Hans', 'zh-cn'],
      ['zh-Hant', 'zh-tw'],
      ['zh-HK', 'zh-hk'],
      ['nb', 'no'],
      ['nn', 'no'],
      ['iw', 'he'],
      ['fil', 'tl'],
      ['sr-Latn', 'sr'],
      ['en-GB', 'en'],
    ];
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        ${pairs.map(([tag, code]) => html`<gigya-logout lang=${tag}></gigya-logout><gigya-logout lang=${code}></gigya-logout>`)}
      </div>`,
    );
    const labels = all(wrap).map(labelOf);
    const got = pairs.map(([tag], i) => [tag, labels[2 * i] === labels[2 * i + 1] ? 'same' : `${labels[2 * i]} ≠ ${labels[2 * i + 1]}`]);
    expect(got).to.deep.equal(pairs.map(([tag]) => [tag, 'same']));
    // The pairs above only prove something where the languages differ:
    expect(
      new Set(
        ['pt-br', 'pt', 'zh-cn', 'zh-tw', 'no', 'he', 'tl', 'sr', 'en'].map(
          (code) => labels[2 * pairs.findIndex(([, c]) => c == code) + 1],
        ),
      ).size,
    ).to.equal(9);
    expect(labels[2 * pairs.findIndex(([tag]) => tag == 'sr-Latn')]).to.equal('Одјава');
  });
});

describe('<gigya-logout> language: right-to-left', () => {
  afterEach(cleanup);

  const direction = (node: Element) => getComputedStyle(node).direction;
  const spinnerOf = (el: GigyaLogout) => shadow(el).querySelector('[part~="spinner"]')!;
  /** Which side of the spinner ring has the gap (its inline end). */
  const gapSide = (el: GigyaLogout) => {
    const style = getComputedStyle(spinnerOf(el));
    return style.borderLeftColor == 'rgba(0, 0, 0, 0)' ? 'left' : style.borderRightColor == 'rgba(0, 0, 0, 0)' ? 'right' : 'none';
  };

  it('Arabic, Persian and Hebrew render right-to-left: the button, its label, the live region, the spinner', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div>
        <gigya-logout lang="ar"></gigya-logout>
        <gigya-logout lang="fa-IR"></gigya-logout>
        <gigya-logout lang="iw"></gigya-logout>
        <gigya-logout lang="de"></gigya-logout>
      </div>
    `);
    const els = all(wrap);
    expect(els.map((el) => direction(button(el)))).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr']);
    expect(els.map((el) => direction(statusRegion(el)))).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr']);
    expect(els.map(gapSide)).to.deep.equal(['left', 'left', 'left', 'right']);
    expect(direction(wrap), 'the page around it keeps its direction').to.equal('ltr');
  });

  it('the spinner stays centered on the button and the focus ring is drawn around it, in right-to-left', async () => {
    const { el, apiKey } = await heldElement();
    el.lang = 'he';
    await afterMutations(el);
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'search');
    el.before(input);
    input.focus();
    await sendKeys({ press: 'Tab' }); // focus by keyboard, so :focus-visible applies
    expect(shadow(el).activeElement === button(el), 'the button is focused').to.equal(true);
    expect(button(el).matches(':focus-visible')).to.equal(true);
    const ring = getComputedStyle(button(el));
    expect([ring.direction, ring.outlineStyle, ring.outlineWidth, ring.outlineOffset]).to.deep.equal(['rtl', 'solid', '2px', '2px']);
    await sendKeys({ press: 'Enter' });
    await waitForRequests(apiKey, (r) => r.length === 1);
    await el.updateComplete;
    await layoutSettled();
    const spin = spinnerOf(el).getBoundingClientRect();
    const box = button(el).getBoundingClientRect();
    expect(getComputedStyle(spinnerOf(el)).visibility).to.equal('visible');
    expect(Math.abs(spin.x + spin.width / 2 - (box.x + box.width / 2))).to.be.below(1);
    expect(Math.abs(spin.y + spin.height / 2 - (box.y + box.height / 2))).to.be.below(1);
    expect(gapSide(el)).to.equal('left');
    expect(labelOf(el)).to.equal('התנתקות');
    await release(apiKey);
  });

  it('an explicit dir on the element or an ancestor wins over the language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div>
        <gigya-logout lang="ar" dir="ltr"></gigya-logout>
        <section dir="ltr"><gigya-logout lang="ar"></gigya-logout></section>
        <section dir="rtl"><gigya-logout lang="de"></gigya-logout></section>
        <section dir="auto"><gigya-logout lang="fa"></gigya-logout></section>
      </div>
    `);
    expect(all(wrap).map((el) => direction(button(el)))).to.deep.equal(['ltr', 'ltr', 'rtl', 'ltr']);
  });

  it('<html lang="ar"> without dir: the element is right-to-left; with <html dir="ltr">, left-to-right', async () => {
    setRootAttribute('lang', 'ar');
    setRootAttribute('dir', null);
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(direction(button(el))).to.equal('rtl');
    document.documentElement.dir = 'ltr';
    await afterMutations(el);
    expect(direction(button(el))).to.equal('ltr');
    expect(labelOf(el)).to.equal('تسجيل الخروج');
  });
});

describe('<gigya-logout> language: texts', () => {
  afterEach(cleanup);

  it('the announcements are in the language: busy, success, failure', async () => {
    const { el, apiKey } = await heldElement();
    el.lang = 'de';
    await afterMutations(el);
    await clickHeld(el, apiKey, () => expect(statusRegion(el).textContent!.trim()).to.equal('Wird abgemeldet…'));
    expect(statusRegion(el).textContent!.trim()).to.equal('Abgemeldet');
    await login(apiKey);
    await setAnswer(apiKey, 'error:500001');
    expect((await el.logout()).errorCode).to.equal(500001);
    await el.updateComplete;
    expect(statusRegion(el).textContent!.trim()).to.equal('Abmeldung fehlgeschlagen');
  });

  it('explicit text wins: slot content, busy-text, success-text, failure-text', async () => {
    const { apiKey, info } = await signedIn('hold', 1);
    const wrap = await fixture<HTMLDivElement>(html`
      <div lang="ko">
        <gigya-logout api-key=${apiKey} api-domain=${info.origin} busy-text="Moment" success-text="Done!" failure-text="Nope"
          ><b>Bye</b> now</gigya-logout
        >
      </div>
    `);
    const el = all(wrap)[0];
    expect(nameOf(el)).to.equal('Bye now');
    await clickHeld(el, apiKey, () => {
      expect(statusRegion(el).textContent!.trim()).to.equal('Moment');
      expect(statusRegion(el).hasAttribute('lang'), 'own text: the language is the page’s').to.equal(false);
    });
    expect(statusRegion(el).textContent!.trim()).to.equal('Done!');
    await login(apiKey);
    await setAnswer(apiKey, 'error:500001');
    await el.logout();
    await el.updateComplete;
    expect(statusRegion(el).textContent!.trim()).to.equal('Nope');
    el.failureText = undefined;
    await el.updateComplete;
    expect(statusRegion(el).textContent!.trim(), 'without it, the language’s own').to.equal('로그아웃하지 못했습니다');
  });

  it('the accessible name of the button follows the language, and aria-label still wins', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div>
        <gigya-logout lang="el"></gigya-logout>
        <gigya-logout lang="zh-Hant"></gigya-logout>
        <gigya-logout lang="th" aria-label="Sign out of Example"></gigya-logout>
      </div>
    `);
    expect(all(wrap).map((el) => accessibility(button(el)))).to.deep.equal([
      { name: 'Αποσύνδεση', role: 'button' },
      { name: '登出', role: 'button' },
      { name: 'Sign out of Example', role: 'button' },
    ]);
  });
});

describe('<gigya-logout> language: run-time changes', () => {
  afterEach(cleanup);

  it("the element's own lang: set, changed, removed", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="cs"><gigya-logout></gigya-logout></div>`);
    const el = all(wrap)[0];
    expect(labelOf(el)).to.equal('Odhlásit se');
    el.setAttribute('lang', 'fi');
    await afterMutations(el);
    expect(labelOf(el)).to.equal('Kirjaudu ulos');
    el.lang = 'tr';
    await afterMutations(el);
    expect(labelOf(el)).to.equal('Çıkış yap');
    el.removeAttribute('lang');
    await afterMutations(el);
    expect(labelOf(el)).to.equal('Odhlásit se');
  });

  it('<html lang>: every element that takes its language from it, in the page and in shadow roots', async () => {
    setRootAttribute('lang', 'hu');
    const wrap = await fixture<HTMLDivElement>(
      html`<div><gigya-logout></gigya-logout><span></span><gigya-logout lang="ro"></gigya-logout></div>`,
    );
    wrap.querySelector('span')!.attachShadow({ mode: 'open' }).innerHTML = '<gigya-logout></gigya-logout>';
    const els = [...all(wrap), wrap.querySelector('span')!.shadowRoot!.querySelector('gigya-logout')!];
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map(labelOf)).to.deep.equal(['Kijelentkezés', 'Deconectare', 'Kijelentkezés']);
    document.documentElement.lang = 'vi';
    await afterMutations(...els);
    expect(els.map(labelOf)).to.deep.equal(['Đăng xuất', 'Deconectare', 'Đăng xuất']);
  });

  it("another ancestor's lang is picked up at the element's next render", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="bg"><gigya-logout></gigya-logout></div>`);
    const el = all(wrap)[0];
    wrap.lang = 'uk';
    el.disabled = true; // any property change renders
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Вийти');
  });

  it('an element moved under another language speaks it once connected there', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <p lang="ms"><gigya-logout></gigya-logout></p>
        <p lang="id"></p>
      </div>`,
    );
    const el = all(wrap)[0];
    expect(labelOf(el)).to.equal('Log keluar');
    wrap.querySelector('[lang="id"]')!.append(el);
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Keluar');
  });
});

describe('<gigya-logout> language: hostile pages', () => {
  afterEach(cleanup);

  it('a throwing __gigyaConf getter, a frame named __gigyaConf, lang on Object.prototype: <html lang> is used, nothing throws', async () => {
    setRootAttribute('lang', 'ca');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    onCleanup(() => window.removeEventListener('error', onError));
    Object.defineProperty(Object.prototype, 'lang', { value: 'de', configurable: true, writable: true });
    onCleanup(() => delete (Object.prototype as { lang?: unknown }).lang);
    Object.defineProperty(window, '__gigyaConf', {
      configurable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const first = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(labelOf(first)).to.equal('Tanca la sessió');
    delete (window as { __gigyaConf?: unknown }).__gigyaConf;
    const frame = document.createElement('iframe');
    frame.name = '__gigyaConf';
    document.body.append(frame);
    onCleanup(() => frame.remove());
    (frame.contentWindow as unknown as { lang: string }).lang = 'fr';
    const second = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(labelOf(second)).to.equal('Tanca la sessió');
    expect(errors).to.deep.equal([]);
  });

  it('Global Conf lang that is not a string is ignored', async () => {
    setRootAttribute('lang', 'sl');
    setGlobalConf({ lang: { toString: () => 'de' } });
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(labelOf(el)).to.equal('Odjava');
    setGlobalConf({ lang: 7 });
    el.requestUpdate();
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Odjava');
  });
});
