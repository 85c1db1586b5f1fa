// docs/contract.md §6, the language part of the core: how a tag picks a language of the table (case, prefixes,
// Gigya's informal variants, aliases, English otherwise), and Global Conf `lang` read safely.
// Aliases are rows of the table too (each language module adds its own), so a tag and the language
// it means must give the very same texts.

import { expect } from '@open-wc/testing';
import '../../src/locales/all.js';
import { confLang, language } from '../../src/element/locales.js';

/** The first text of the language a tag picks: tells languages apart. */
const labelFor = (tag: string): string => language(tag).texts.label;
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { page, setGlobalConf } from '../helpers/stubs.js';

/** Sets `Object.prototype[key]` (prototype pollution) until cleanup. */
function pollute(key: string, value: unknown): void {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  onCleanup(() => delete (Object.prototype as Record<string, unknown>)[key]);
}

describe('core: language of a tag', () => {
  afterEach(cleanup);

  it('matches case-insensitively, then by ever shorter prefixes', () => {
    const cases: [string, string][] = [
      ['de', 'de'],
      ['DE', 'de'],
      ['de-AT', 'de'],
      ['pt-BR', 'pt-br'],
      ['pt_br', 'pt-br'],
      ['pt-PT', 'pt'],
      ['pt', 'pt'],
      ['es-MX', 'es-mx'],
      ['es-AR', 'es'],
      ['zh-TW', 'zh-tw'],
      ['zh-hk', 'zh-hk'],
      ['en-GB', 'en'],
      ['FR-ca', 'fr'],
    ];
    expect(cases.map(([tag]) => [tag, language(tag).code])).to.deep.equal(cases);
  });

  it("Gigya's informal variants fall back to the base language", () => {
    expect(['de-inf', 'fr-inf', 'es-inf', 'nl-inf'].map((tag) => language(tag).code)).to.deep.equal(['de', 'fr', 'es', 'nl']);
  });

  it('aliases: zh, zh-Hans → zh-cn; zh-Hant → zh-tw; nb, nn → no; iw → he; fil → tl; sr is Cyrillic', () => {
    /** Tag → the language whose texts it gets. */
    const aliases: Record<string, string> = {
      zh: 'zh-cn',
      'zh-Hans': 'zh-cn',
      'zh-Hans-CN': 'zh-cn',
      'zh-SG': 'zh-cn',
      'zh-Hant': 'zh-tw',
      'zh-Hant-TW': 'zh-tw',
      'zh-Hant-HK': 'zh-hk',
      nb: 'no',
      'nb-NO': 'no',
      nn: 'no',
      iw: 'he',
      'iw-IL': 'he',
      fil: 'tl',
      'fil-PH': 'tl',
      sr: 'sr',
      'sr-Latn': 'sr',
    };
    const cases = Object.entries(aliases);
    expect(cases.map(([tag]) => [tag, language(tag).texts])).to.deep.equal(cases.map(([tag, code]) => [tag, language(code).texts]));
    // …and those languages really differ from each other and from English (zh-hk and zh-tw do not:
    // both write 登出; all.test.ts checks that each alias is its language's very row):
    expect(new Set(['zh-cn', 'zh-tw', 'no', 'he', 'tl', 'sr', 'en'].map(labelFor)).size).to.equal(7);
    expect(language('sr').texts.label).to.match(/^[\u0400-\u04ff\s]+$/, 'Serbian in Cyrillic');
  });

  it('English for an empty, unknown or malformed tag', () => {
    for (const tag of ['', ' ', 'xx', 'x-klingon', '-', '--de', 'constructor', '__proto__', 'toString']) {
      expect(language(tag).code, JSON.stringify(tag)).to.equal('en');
    }
    expect(language('xx').texts).to.deep.equal(language('en-US').texts);
    expect(language('xx').texts.label).to.equal('Log out');
  });

  it('right-to-left: Arabic, Persian and Hebrew (with its alias iw) only', () => {
    const rtl = ['ar', 'ar-EG', 'fa', 'fa-IR', 'he', 'iw', 'de', 'en', 'ja', 'ur', 'xx'].filter((tag) => language(tag).texts.rtl);
    expect(rtl).to.deep.equal(['ar', 'ar-EG', 'fa', 'fa-IR', 'he', 'iw']);
  });

  it('an entry inherited from a polluted Object.prototype is not a language', () => {
    pollute('xx', { label: 'Polluted', busy: 'Polluted', success: 'Polluted', failure: 'Polluted' });
    pollute('label', 'Polluted');
    expect(language('xx').code).to.equal('en');
    expect(Object.values(language('xx').texts)).to.not.include('Polluted');
    expect(Object.values(language('de').texts)).to.not.include('Polluted');
  });
});

describe('core: Global Conf lang', () => {
  afterEach(cleanup);

  it('is read when it is a string', () => {
    setGlobalConf({ apiKey: '3_x', lang: 'pt-BR' });
    expect(confLang()).to.equal('pt-BR');
  });

  it('counts as absent when missing, not a string, or inherited from Object.prototype', () => {
    expect(confLang()).to.equal(undefined);
    for (const lang of [42, null, ['de'], { toString: () => 'de' }, true]) {
      setGlobalConf({ lang });
      expect(confLang(), String(lang)).to.equal(undefined);
    }
    pollute('lang', 'de');
    setGlobalConf({});
    expect(confLang()).to.equal(undefined);
  });

  it('a throwing getter, on window.__gigyaConf or on its lang, counts as absent and throws nothing', () => {
    setGlobalConf({
      get lang() {
        throw new Error('lang getter');
      },
    });
    expect(confLang()).to.equal(undefined);
    Object.defineProperty(window, '__gigyaConf', {
      configurable: true,
      get() {
        throw new Error('__gigyaConf getter');
      },
    });
    onCleanup(() => delete page.__gigyaConf);
    expect(confLang()).to.equal(undefined);
  });

  it('a frame named __gigyaConf is not Global Conf', async () => {
    const frame = document.createElement('iframe');
    frame.name = '__gigyaConf';
    document.body.append(frame);
    onCleanup(() => frame.remove());
    expect(page.__gigyaConf === frame.contentWindow, 'the frame is window.__gigyaConf').to.equal(true);
    (frame.contentWindow as unknown as { lang: string }).lang = 'de';
    expect(confLang()).to.equal(undefined);
  });
});
