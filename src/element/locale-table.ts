/**
 * The table of the element's texts by language, shared by every copy of the library on the page
 * under a `Symbol.for` key. Language modules (src/locales/) import only this file.
 */

/** The element's own texts in one language. */
export interface Texts {
  /** The button's default label. */
  label: string;
  /** Announced while a logout is in flight. */
  busy: string;
  /** Announced after a successful logout. */
  success: string;
  /** Announced after a failed logout. */
  failure: string;
  /** Announced after a logout sent whose answer could not be read (docs/contract.md §2.2): signed out here only. */
  unconfirmed: string;
  /** A right-to-left language. */
  rtl?: boolean;
}

export type Table = Record<string, Partial<Texts>>;

export const KEY = Symbol.for('gigya-logout.locales');
const page = globalThis as { [KEY]?: Table };

export const EN: Texts = {
  label: 'Log out',
  busy: 'Signing out…',
  success: 'Signed out',
  failure: 'Sign-out failed',
  unconfirmed: 'Signed out on this device; the server did not confirm it',
};

/**
 * Adds (or replaces) a language under its code and its aliases (space separated, lower case):
 * the one global effect of a language module.
 */
export function addLanguage(codes: string, texts: Texts): void {
  for (const code of codes.split(' ')) (page[KEY] ||= {})[code] = texts;
}
