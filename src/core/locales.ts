/**
 * How a language tag picks a row of the table of texts (SPEC §6), and Global Conf `lang`. No DOM
 * here: the element layer finds the tag (src/internal/language.ts).
 */
import { EN, KEY, type Table, type Texts } from './locale-table.js';
import { globalConf } from './params.js';

/** Right-to-left languages of the table. */
const RTL = /^(ar|fa|he)$/;

/** Tags that name a language of the table by another name. */
const ALIASES: Record<string, string> = {
  zh: 'zh-cn',
  'zh-hans': 'zh-cn',
  'zh-hant': 'zh-tw',
  'zh-hant-hk': 'zh-hk',
  'zh-mo': 'zh-hk',
  nb: 'no',
  nn: 'no',
  iw: 'he',
  fil: 'tl',
};

const page = globalThis as { [KEY]?: Table };

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Calls `onAdded` after each language added from now on: the table becomes a Proxy over itself. */
export function watchLanguages(onAdded: () => void): void {
  page[KEY] = new Proxy((page[KEY] ||= {}), {
    set(table, code, texts) {
      const done = Reflect.set(table, code, texts);
      onAdded();
      return done;
    },
  });
}

const table = (): Table | undefined => (page[KEY] && typeof page[KEY] == 'object' ? page[KEY] : undefined);

/** The language of the table a tag means: itself, an alias, then ever shorter prefixes; else `en`. */
export function matchLanguage(tag: string): string {
  const rows = table();
  for (let code = tag.trim().toLowerCase().replace(/_/g, '-'); code; code = code.slice(0, Math.max(0, code.lastIndexOf('-')))) {
    const key = own(ALIASES, code) ? ALIASES[code] : code;
    if (rows && own(rows, key)) return key;
  }
  return 'en';
}

export interface Language {
  /** The table's code (`en` when nothing matched). */
  code: string;
  texts: Texts;
  rtl: boolean;
}

/** The texts for a tag; English for any text the matched language lacks. */
export function language(tag: string): Language {
  const code = matchLanguage(tag);
  const rows = table();
  const row = rows && own(rows, code) ? rows[code] : undefined;
  const texts = { ...EN };
  for (const name of Object.keys(EN) as (keyof Texts)[]) {
    const text = row && own(row, name) && row[name];
    if (typeof text == 'string') texts[name] = text;
  }
  return { code, texts, rtl: RTL.test(code) };
}

/**
 * Global Conf `lang` when it is a string (own property only); anything unreadable counts as absent.
 * One function, so that it can read through the library's guarded Global Conf reader when there is one.
 */
export function confLang(): string | undefined {
  try {
    const conf = globalConf();
    const lang = own(conf, 'lang') ? conf.lang : undefined;
    return typeof lang == 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}
