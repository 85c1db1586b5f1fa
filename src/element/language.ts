// The element's language (docs/contract.md §6): the nearest `lang` from the element up to (not including)
// <html>, crossing shadow roots, else Global Conf `lang`, else <html lang>, else English; and the
// one observer per page that re-renders elements when <html lang> or the table of languages changes
// (the element's own `lang`/`dir` are its attributes). Reads attributes only: no style or layout is forced.

import type { Texts } from './locale-table.js';
import { confLang, language, watchLanguages } from './locales.js';

export interface ElementLanguage {
  /** The code of the texts used (`en` when the language has no texts on the page). */
  code: string;
  texts: Texts;
  /** `rtl` for a right-to-left language, unless an explicit `dir` on the element or an ancestor decides. */
  dir?: 'rtl';
}

/** What the element speaks now. */
export function languageOf(el: Element): ElementLanguage {
  const root = el.ownerDocument?.documentElement;
  let tag: string | null = null;
  let explicitDir = false;
  for (let node: Node | null | undefined = el; node; node = node.nodeType == 11 ? (node as ShadowRoot).host : node.parentNode) {
    const ancestor = node as Element;
    if (!ancestor.getAttribute) continue; // a shadow root, the document (or a server-side DOM shim's element: it has this)
    explicitDir ||= ancestor.hasAttribute('dir');
    if (tag == null && ancestor != root) tag = ancestor.getAttribute('lang');
  }
  const { code, texts } = language(tag ?? confLang() ?? root?.getAttribute('lang') ?? '');
  return { code, texts, dir: texts.rtl && !explicitDir ? 'rtl' : undefined };
}

interface Renderable extends Element {
  requestUpdate(): void;
}

interface Watch {
  elements: Set<Renderable>;
  observer: MutationObserver;
}

/** Shared by every copy of the library on the page, like the core. */
const KEY = Symbol.for('gigya-logout.language-watch');
const page = globalThis as { [KEY]?: Watch };

/**
 * Re-renders `el` now (a moved element may have another language: no-op before its first render)
 * and when <html>'s `lang`/`dir` or the languages on the page change: then every element renders
 * again (Lit skips what did not change; a page has few of them). The element's own `lang`/`dir` are
 * its reactive attributes, not observed here: a MutationObserver registration per element cost ~4%
 * of upgrade (npm run bench).
 */
export function watchLanguage(el: Renderable): void {
  let watch = page[KEY];
  if (!watch) {
    const elements = new Set<Renderable>();
    const renderAll = () => elements.forEach((each) => each.requestUpdate());
    watchLanguages(renderAll);
    watch = page[KEY] = { elements, observer: new MutationObserver(renderAll) };
  }
  el.requestUpdate();
  watch.elements.add(el);
  watch.observer.observe(el.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

export function unwatchLanguage(el: Renderable): void {
  page[KEY]?.elements.delete(el);
}
