// Baseline: a hand-written custom element (open shadow root, one <style>, <button part="button"><slot>).
import { BUTTON_CSS } from './button-css.js';
import { logoutFetch } from './logout-fetch.js';

const template = document.createElement('template');
template.innerHTML = `<style>${BUTTON_CSS}</style><button type="button" part="button"><slot>Log out</slot></button>`;

class BenchVanilla extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    this.addEventListener('click', () => logoutFetch(this));
  }
}
customElements.define('bench-vanilla', BenchVanilla);
