// docs/contract.md §6, how languages ship: a language module imported before the element counts, and one
// imported after elements rendered (a dynamic import) makes every element on the page, in shadow
// roots too, speak it at once. Its only global effect is its row in the table. No other language is
// loaded on this page.

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/locales/fr.js'; // before the element
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { KEY, type Table } from '../../src/element/locale-table.js';
import { cleanup } from '../helpers/cleanup.js';
import { labelOf, shadow } from '../helpers/element.js';

/** Every own key of globalThis, names and symbols. */
const globalKeys = (): (string | symbol)[] => Reflect.ownKeys(globalThis);

describe('<gigya-logout> language modules', () => {
  afterEach(cleanup);

  it('a module imported before the element counts', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout lang="fr-CA"></gigya-logout>`);
    expect(labelOf(el)).to.equal('Se déconnecter');
  });

  it('a module imported after elements rendered: they speak it at once; its only global effect is its row', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de-CH"><gigya-logout></gigya-logout><span></span></div>`);
    wrap.querySelector('span')!.attachShadow({ mode: 'open' }).innerHTML = '<gigya-logout lang="de"></gigya-logout>';
    const els = [wrap.querySelector('gigya-logout')!, wrap.querySelector('span')!.shadowRoot!.querySelector('gigya-logout')!];
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map(labelOf), 'German is not on the page yet').to.deep.equal(['Log out', 'Log out']);
    expect(shadow(els[0]).querySelector('[part~="label"] [lang]')!.getAttribute('lang')).to.equal('en');
    const table = (globalThis as unknown as { [KEY]: Table })[KEY];
    const keysBefore = globalKeys();
    const rowsBefore = Object.keys(table);

    await import('../../src/locales/de.js');
    await Promise.all(els.map((el) => el.updateComplete));

    expect(els.map(labelOf)).to.deep.equal(['Abmelden', 'Abmelden']);
    expect(shadow(els[0]).querySelector('[part~="label"] [lang]')!.getAttribute('lang')).to.equal('de');
    // (Firefox lists lazily created interface objects in another order: compare what was added.)
    expect(
      globalKeys()
        .filter((key) => !keysBefore.includes(key))
        .map(String),
    ).to.deep.equal([]);
    expect(Object.keys((globalThis as unknown as { [KEY]: Table })[KEY])).to.deep.equal([...rowsBefore, 'de']);
  });
});
