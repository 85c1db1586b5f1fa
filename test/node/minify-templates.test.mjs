// The template minifier of the build (scripts/minify-templates.mjs): what it does to Lit `css` and
// `html` literals of our sources, as a pure function.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('css without parts: comments, line breaks and spaces around punctuation go; the last ; before } too', () => {
    const source = 'const s = css`\n  /* the button */\n  :host {\n    display: inline-block;\n    color: red;\n  }\n`;';
    assert.equal(minifyTemplates(source), 'const s = css`:host{display:inline-block;color:red}`;');
  });

  it('css with ${…} parts is left as it is', () => {
    const source = 'css`\n  :host { color: ${unsafeCSS(c)}; }\n`';
    assert.equal(minifyTemplates(source), source);
  });

  it('html keeps its parts and the spaces inside a line; line breaks between tags go', () => {
    const source = 'html`<button\n        type="button"\n        ?disabled=${this.disabled}\n      >\n        <span part="label">${label}</span></button\n      >`';
    assert.equal(minifyTemplates(source), 'html`<button type="button" ?disabled=${this.disabled} ><span part="label">${label}</span></button >`');
  });

  it('other template literals are not touched', () => {
    const source = 'const t = `a\n   b`; const u = other`x\n  y`;';
    assert.equal(minifyTemplates(source), source);
  });
});
