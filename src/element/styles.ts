import { css } from 'lit';

// Only a busy spinner animates, or has a box: an infinite animation on the hidden spinner of every
// idle element cost ~66 ms of style work per 1,000 elements (npm run bench), and kept running.
export const styles = css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
  }
  :host([hidden]) {
    display: none;
  }
  button {
    position: relative;
    box-sizing: border-box;
    width: 100%;
    min-height: var(--gigya-logout-height, 2.25em);
    padding: var(--gigya-logout-padding, 0 1em);
    font: inherit;
    color: var(--gigya-logout-color, #fff);
    background: var(--gigya-logout-background, #0a5ea8);
    border: var(--gigya-logout-border, 0);
    border-radius: var(--gigya-logout-radius, 0.375em);
    cursor: pointer;
  }
  button:focus-visible {
    outline: var(--gigya-logout-focus-ring, 2px solid #0a5ea8);
    outline-offset: 2px;
  }
  button:disabled,
  [aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  :host([busy]) [part='label'] {
    opacity: 0;
  }
  [part='spinner'] {
    position: absolute;
    inset: 0;
    width: 1em;
    height: 1em;
    margin: auto;
    border: 0.15em solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    display: none;
    visibility: hidden;
  }
  :host([busy]) [part='spinner'] {
    display: block;
    visibility: visible;
    animation: spin 0.8s linear infinite;
  }
  [part='status'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host([busy]) [part='spinner'] {
      animation-duration: 3s;
    }
  }
`;
