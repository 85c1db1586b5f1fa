// Styling hooks of <gigya-logout>: its parts, its custom properties, and the page's font.

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { button, shadow } from '../helpers/element.js';

/** Adds a <style> to the document until cleanup. */
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  onCleanup(() => style.remove());
}

describe('<gigya-logout> styling', () => {
  afterEach(cleanup);

  it('exposes the parts button, label, spinner and status, one of each', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    for (const part of ['button', 'label', 'spinner', 'status']) {
      expect(shadow(el).querySelectorAll(`[part~="${part}"]`), part).to.have.length(1);
    }
    expect(shadow(el).querySelector('[part~="button"]') === button(el)).to.equal(true);
    expect(button(el).contains(shadow(el).querySelector('[part~="label"]'))).to.equal(true);
    expect(shadow(el).querySelector('[part~="spinner"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('--gigya-logout-background and --gigya-logout-color on the host style the button', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(10, 94, 168)');
    expect(getComputedStyle(button(el)).color).to.equal('rgb(255, 255, 255)');
    el.style.setProperty('--gigya-logout-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--gigya-logout-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button(el)).color).to.equal('rgb(4, 5, 6)');
  });

  it('the custom properties also inherit from an ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--gigya-logout-background: rgb(7, 8, 9)"><gigya-logout></gigya-logout></div>`,
    );
    expect(getComputedStyle(button(wrap.querySelector('gigya-logout')!)).backgroundColor).to.equal('rgb(7, 8, 9)');
  });

  it('::part() rules of the page apply', async () => {
    pageStyle(`
      gigya-logout.styled::part(button) { background-color: rgb(20, 30, 40); border-radius: 3px; }
      gigya-logout.styled::part(label) { text-decoration: underline; }
    `);
    const el = await fixture<GigyaLogout>(html`<gigya-logout class="styled"></gigya-logout>`);
    const style = getComputedStyle(button(el));
    expect(style.backgroundColor).to.equal('rgb(20, 30, 40)');
    expect(style.borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(shadow(el).querySelector('[part~="label"]')!).textDecorationLine).to.equal('underline');
  });

  it('the font is inherited from the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div style="font-family: 'Courier New', monospace; font-size: 21px; font-weight: 700; font-style: italic">
        <gigya-logout></gigya-logout>
      </div>
    `);
    const page = getComputedStyle(wrap);
    const inner = getComputedStyle(button(wrap.querySelector('gigya-logout')!));
    expect(inner.fontFamily).to.equal(page.fontFamily);
    expect(inner.fontSize).to.equal('21px');
    expect(inner.fontWeight).to.equal(page.fontWeight);
    expect(inner.fontStyle).to.equal('italic');
  });

  it('the hidden attribute hides it', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout hidden></gigya-logout>`);
    expect(getComputedStyle(el).display).to.equal('none');
    el.hidden = false;
    expect(getComputedStyle(el).display).to.equal('inline-block');
  });
});
