// The baselines' stylesheet: a small button style, as a hand-written element would have.
export const BUTTON_CSS =
  ':host{display:inline-block;vertical-align:middle}' +
  'button{box-sizing:border-box;min-height:2.25em;padding:0 1em;font:inherit;color:#fff;background:#0a5ea8;border:0;border-radius:.375em;cursor:pointer}';
