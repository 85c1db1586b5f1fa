/**
 * How a language tag picks a row of the table of texts (docs/contract.md §6), and Global Conf `lang`. No DOM
 * here: language.ts finds the tag. Aliases (`nb` for `no`, `zh-Hant`
 * for `zh-tw`…) are rows too, added by their language's module, so the English-only bundle does
 * not carry them.
 */
import { EN, KEY, type Table, type Texts } from './locale-table.js';
import { confField, hasOwn } from '../core/element-api.js';

const page = globalThis as { [KEY]?: Table };

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

export interface Language {
  /** The row used (`en` when none matched). */
  code: string;
  /** Its texts, English for any it lacks. */
  texts: Texts;
}

/** The row a tag means: itself (any case), then ever shorter prefixes; else English. `_` counts as `-` (`pt_BR`). */
export function language(tag: string): Language {
  const table = page[KEY];
  for (let code = tag.toLowerCase().replace(/_/g, '-'); code; code = code.slice(0, Math.max(0, code.lastIndexOf('-'))))
    if (table && hasOwn.call(table, code)) return { code, texts: { ...EN, ...table[code] } };
  return { code: 'en', texts: EN };
}

/** Global Conf `lang` when it is a string (own property only, read guarded like every Global Conf key). */
export function confLang(): string | undefined {
  const lang = confField('lang');
  return typeof lang == 'string' ? lang : undefined;
}
