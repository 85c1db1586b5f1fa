// The table of texts by language, shared by every copy of the library under a Symbol.for key; a
// language module's one global effect is addLanguage.

import { expect } from '@open-wc/testing';
import { addLanguage, EN, KEY, type Table } from '../../src/element/locale-table.js';
import { onCleanup, cleanup } from '../helpers/cleanup.js';

const table = (): Table | undefined => (globalThis as { [KEY]?: Table })[KEY];

describe('core: the locale table', () => {
  afterEach(cleanup);

  it("lives under globalThis[Symbol.for('gigya-logout.locales')]", () => {
    expect(KEY).to.equal(Symbol.for('gigya-logout.locales'));
  });

  it('addLanguage puts the texts under each code and alias', () => {
    const texts = { label: 'Abmelden', busy: '…', success: 'Ab', failure: 'Nein', unconfirmed: 'Unbestätigt' };
    addLanguage('x-test x-test-alias', texts);
    onCleanup(() => {
      delete table()!['x-test'];
      delete table()!['x-test-alias'];
    });
    expect(table()!['x-test'] === texts).to.equal(true);
    expect(table()!['x-test-alias'] === texts).to.equal(true);
  });

  it('English has every text', () => {
    expect(Object.keys(EN).sort()).to.deep.equal(['busy', 'failure', 'label', 'success', 'unconfirmed']);
    for (const text of Object.values(EN)) expect(text).to.be.a('string').and.not.equal('');
  });
});
