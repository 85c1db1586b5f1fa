// docs/contract.md §8: the idle warning's texts in every language of §6 (src/element/idle-texts.ts),
// none left in English by mistake, aliases, and the time left as each language says it.

import { expect } from '@open-wc/testing';
import { countdown, IDLE_LANGUAGES, idleLanguage, idleTexts, timeLeft } from '../../src/element/idle-texts.js';
import { contractLanguages, type ContractLanguages } from '../helpers/languages.js';

const NON_LATIN = ['ar', 'bg', 'el', 'fa', 'he', 'ja', 'ko', 'ru', 'sr', 'th', 'uk', 'zh-cn', 'zh-hk', 'zh-tw'];

describe('idle warning texts', () => {
  let contract: ContractLanguages;
  before(async () => {
    contract = await contractLanguages();
  });

  it('has exactly the languages of docs/contract.md §6', () => {
    expect([...IDLE_LANGUAGES].sort()).to.deep.equal([...contract.languages].sort());
  });

  it('every text of every language: trimmed, one line, not English (but in English); `left` has {time} once', () => {
    const english = idleTexts('en');
    const problems: string[] = [];
    for (const code of contract.languages) {
      const texts = idleTexts(code);
      for (const [name, text] of Object.entries(texts)) {
        if (!text || text != text.trim() || /\n/.test(text)) problems.push(`${code}.${name} empty or untrimmed`);
        if (code != 'en' && text == english[name as keyof typeof english]) problems.push(`${code}.${name} is English`);
        if (NON_LATIN.includes(code) && /[a-z]/i.test(text.replace('{time}', ''))) problems.push(`${code}.${name} has Latin letters`);
        if ((text.match(/\{time\}/g)?.length ?? 0) != (name == 'left' ? 1 : 0)) problems.push(`${code}.${name} {time}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('aliases of §6 mean their language; anything else means English', () => {
    for (const [alias, code] of Object.entries(contract.aliases)) expect(idleLanguage(alias), alias).to.equal(code);
    for (const other of ['xx', '', '__proto__', 'constructor', 'toString']) expect(idleLanguage(other), other).to.equal('en');
  });

  it('the time left, as the language says it: seconds under two minutes, then minutes', () => {
    expect(timeLeft('en', 30)).to.equal('in 30 seconds');
    expect(timeLeft('en', 1)).to.equal('in 1 second');
    expect(timeLeft('en', 121)).to.equal('in 3 minutes');
    expect(timeLeft('de', 30)).to.equal('in 30 Sekunden');
    expect(timeLeft('ar', 30)).to.match(/ثانية/);
    expect(idleTexts('ja').left.replace('{time}', timeLeft('ja', 30))).to.equal('30 秒後にサインアウトされます。');
  });

  it('the visible countdown is m:ss', () => {
    expect([countdown(60), countdown(59), countdown(5), countdown(600)]).to.deep.equal(['1:00', '0:59', '0:05', '10:00']);
  });
});
