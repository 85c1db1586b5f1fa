// The template minifier of the build (tools/build/minify-templates.mjs): it shrinks Lit `css` and `html`
// literals of our sources, and must leave what they mean alone (run by `node --test`).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../tools/build/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('css: no comments or blanks, unquoted simple attribute selectors, no leading zeros', () => {
    const out = minifyTemplates(
      "css`\n  /* why */\n  :host([busy]) [part='label'] {\n    opacity: 0.6;\n    margin: 0 0.5em;\n  }\n  @media (prefers-reduced-motion: reduce) {\n    [a='b c'] { width: 10.5px; }\n  }\n`",
    );
    assert.equal(
      out,
      "css`:host([busy]) [part=label]{opacity:.6;margin:0 .5em}@media (prefers-reduced-motion:reduce){[a='b c']{width:10.5px}}`",
    );
  });

  it('html: no line breaks between tags or before >, unquoted simple attribute values, bindings kept', () => {
    const out = minifyTemplates(
      'html`<button\n    type="button"\n    aria-label=${this.label || nothing}\n  >\n    <span part="x y">${a}</span></button\n  >`',
    );
    assert.equal(out, 'html`<button type=button aria-label=${this.label || nothing}><span part="x y">${a}</span></button>`');
  });

  it('css with a ${} part is left as it is', () => {
    const source = 'css`:host { color: ${unsafeCSS(x)}; opacity: 0.5 }`';
    assert.equal(minifyTemplates(source), source);
  });

  it('css: a trailing ; before } goes, and comments and line breaks', () => {
    const source = 'const s = css`\n  /* the button */\n  :host {\n    display: inline-block;\n    color: red;\n  }\n`;';
    assert.equal(minifyTemplates(source), 'const s = css`:host{display:inline-block;color:red}`;');
  });

  it('other template literals are not touched', () => {
    const source = 'const t = `a\n   b`; const u = other`x\n  y`;';
    assert.equal(minifyTemplates(source), source);
  });
});
