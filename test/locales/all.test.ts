// docs/contract.md §6: every language Gigya's `lang` accepts ships, with every text, and none left in English
// by mistake. src/locales/all.ts imports every language module; each adds its row to the table,
// under its code and its aliases.

import { expect } from '@open-wc/testing';
import '../../src/locales/all.js';
import { EN, KEY, type Table } from '../../src/element/locale-table.js';
import { contractLanguages, type ContractLanguages } from '../helpers/languages.js';

/**
 * Texts that are rightly the same as the English one, as `<lang>.<text>`. Empty today: add an entry
 * only with a reason (a loanword a native speaker really uses on such a button).
 */
const SAME_AS_ENGLISH_ALLOWED: string[] = [];

/** Languages not written in the Latin alphabet: a Latin letter in their texts is English left behind. */
const NON_LATIN = ['ar', 'bg', 'el', 'fa', 'he', 'ja', 'ko', 'ru', 'sr', 'th', 'uk', 'zh-cn', 'zh-hk', 'zh-tw'];

const table = (globalThis as unknown as { [KEY]: Table })[KEY];
const NAMES = ['label', 'busy', 'success', 'failure', 'unconfirmed'] as const;

describe('languages: the table every language module adds to', () => {
  let contract: ContractLanguages;
  before(async () => {
    contract = await contractLanguages();
  });

  it('has exactly the languages of docs/contract.md §6 and their aliases; an alias is its language’s very row', () => {
    expect(Object.keys(table).sort()).to.deep.equal([...contract.languages, ...Object.keys(contract.aliases)].sort());
    const wrong = Object.entries(contract.aliases).filter(([alias, code]) => table[alias] !== table[code]);
    expect(wrong).to.deep.equal([]);
  });

  it('right-to-left: Arabic, Persian, Hebrew, and no other', () => {
    expect(contract.languages.filter((code) => table[code]?.rtl)).to.deep.equal(['ar', 'fa', 'he']);
    expect(contract.languages.filter((code) => table[code]?.rtl !== undefined && table[code]?.rtl !== true)).to.deep.equal([]);
  });

  it('every language has every text: a non-empty string, trimmed, on one line', () => {
    const problems: string[] = [];
    for (const code of contract.languages) {
      const row = table[code] ?? {};
      expect(
        Object.keys(row)
          .filter((key) => key != 'rtl')
          .sort(),
        code,
      ).to.deep.equal([...NAMES].sort());
      for (const name of NAMES) {
        const text = row[name];
        if (typeof text != 'string' || !text || text != text.trim() || /[\n\r\t]/.test(text)) problems.push(`${code}.${name}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('the busy text ends with an ellipsis (…) in every language, as the English one does', () => {
    expect(contract.languages.filter((code) => !table[code]?.busy?.endsWith('…'))).to.deep.equal([]);
  });

  it('no text is left in English by mistake', () => {
    const same = contract.languages
      .filter((code) => code != 'en')
      .flatMap((code) =>
        NAMES.filter((name) => table[code]?.[name]?.trim().toLowerCase() == EN[name].toLowerCase()).map((name) => `${code}.${name}`),
      );
    expect(same.filter((entry) => !SAME_AS_ENGLISH_ALLOWED.includes(entry))).to.deep.equal([]);
    const latin = NON_LATIN.flatMap((code) =>
      NAMES.filter((name) => /[a-z]/i.test(table[code]?.[name] ?? '')).map((name) => `${code}.${name}`),
    );
    expect(latin).to.deep.equal([]);
  });

  it('the four texts of a language differ from each other (no text copied into the wrong field)', () => {
    const repeated = contract.languages.filter((code) => new Set(NAMES.map((name) => table[code]?.[name])).size != NAMES.length);
    expect(repeated).to.deep.equal([]);
  });
});
