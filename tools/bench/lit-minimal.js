// Baseline: a minimal Lit element (small stylesheet, the same button, the same fetch and event).
import { LitElement, html, unsafeCSS } from 'lit';
import { BUTTON_CSS } from './button-css.js';
import { logoutFetch } from './logout-fetch.js';

class BenchLit extends LitElement {
  static styles = unsafeCSS(BUTTON_CSS);

  constructor() {
    super();
    this.addEventListener('click', () => logoutFetch(this));
  }

  render() {
    return html`<button type="button" part="button"><slot>Log out</slot></button>`;
  }
}
customElements.define('bench-lit', BenchLit);
