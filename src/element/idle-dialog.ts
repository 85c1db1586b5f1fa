// The idle warning (docs/contract.md §8): a modal native <dialog> in the element's shadow root, made
// with plain DOM (the idle module carries no Lit of its own). Focus goes to "Stay signed in" and comes
// back to where it was; Escape stays signed in; a visible m:ss countdown; a live region that speaks
// the time left when the warning opens and then at 60 s steps, 30 s and 10 s, not every second.

import { countdown, idleTexts, timeLeft } from './idle-texts.js';

export interface IdleDialog {
  /** The `<dialog>`: presses inside it are choices, not activity. */
  node: HTMLDialogElement;
  /** A second of the countdown went by. */
  update(secondsLeft: number): void;
  /** Closes it and gives focus back (when it was still inside). */
  close(): void;
}

export interface Choices {
  stay(): void;
  leave(): void;
}

/** Whether the live region speaks at this many seconds left. */
export const announces = (secondsLeft: number): boolean => secondsLeft == 30 || secondsLeft == 10 || secondsLeft % 60 == 0;

/** Constructed, so that it works under a `style-src` without 'unsafe-inline' (as Lit's own styles do). */
let sheet: CSSStyleSheet | undefined;
const CSS = `
[part~=idle-dialog]{box-sizing:border-box;max-width:min(30rem,calc(100vw - 2rem));padding:1.5rem;border:0;border-radius:.5rem;color:#1b1b1b;background:#fff;font:inherit;line-height:1.4;box-shadow:0 .5rem 2rem rgb(0 0 0/.3)}
[part~=idle-dialog]::backdrop{background:rgb(0 0 0/.55)}
[part~=idle-title]{margin:0 0 .5em;font-size:1.25em}
[part~=idle-message]{margin:0}
[part~=idle-countdown]{margin:.5em 0 1em;font-size:2em;font-weight:bold;font-variant-numeric:tabular-nums;text-align:center}
[part~=idle-actions]{display:flex;flex-wrap:wrap;gap:.75em;justify-content:flex-end}
[part~=idle-actions] button{flex:1 1 auto;width:auto;min-height:2.75em;padding:0 1.25em;border:2px solid var(--gigya-logout-background,#0a5ea8);border-radius:var(--gigya-logout-radius,.375em);font:inherit;cursor:pointer}
[part~=idle-stay]{color:var(--gigya-logout-color,#fff);background:var(--gigya-logout-background,#0a5ea8)}
[part~=idle-leave]{color:#0a4a85;background:#fff}
[part~=idle-actions] button:focus-visible{outline:var(--gigya-logout-focus-ring,2px solid #0a5ea8);outline-offset:2px}
[part~=idle-status]{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

/** The focused element, inside shadow roots too. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, part: string, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.setAttribute('part', part);
  element.textContent = text;
  return element;
}

/** Opens the warning in `host`'s shadow root, in the language `code` (`dir`: `rtl` unless an explicit `dir` decides). */
export function openDialog(host: HTMLElement, code: string, dir: string | undefined, secondsLeft: number, choices: Choices): IdleDialog {
  const root = host.shadowRoot!;
  const texts = idleTexts(code);
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  const dialog = node('dialog', 'idle-dialog');
  dialog.lang = code;
  if (dir) dialog.dir = dir;
  dialog.setAttribute('aria-labelledby', 'idle-title');
  dialog.setAttribute('aria-describedby', 'idle-message');
  const title = node('h2', 'idle-title', texts.title);
  title.id = 'idle-title';
  const message = node('p', 'idle-message', texts.message);
  message.id = 'idle-message';
  const clock = node('p', 'idle-countdown');
  const actions = node('div', 'idle-actions');
  const stay = node('button', 'idle-stay', texts.stay);
  const leave = node('button', 'idle-leave', texts.leave);
  const status = node('p', 'idle-status');
  status.setAttribute('role', 'status');
  for (const button of [stay, leave]) button.type = 'button';
  stay.autofocus = true;
  actions.append(stay, leave);
  dialog.append(title, message, clock, actions, status);

  let open = true;
  const choose = (choice: () => void) => () => open && choice();
  stay.addEventListener('click', choose(choices.stay));
  leave.addEventListener('click', choose(choices.leave));
  // Escape (and any other way the browser closes it) means: stay signed in.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    choose(choices.stay)();
  });
  dialog.addEventListener('close', choose(choices.stay));

  // The live region starts empty and speaks from the first second on: text put in with the region
  // itself is not announced; the dialog's name and description are, when focus moves in.
  const update = (seconds: number) => {
    clock.textContent = countdown(seconds);
    if (announces(seconds) || status.textContent == '') status.textContent = texts.left.replace('{time}', timeLeft(code, seconds));
  };
  const before = focused();
  root.append(dialog);
  clock.textContent = countdown(secondsLeft);
  dialog.showModal();
  stay.focus();

  return {
    node: dialog,
    update,
    close() {
      if (!open) return;
      open = false;
      const hadFocus = dialog.contains(root.activeElement);
      dialog.close();
      dialog.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((each) => each != sheet);
      if (hadFocus && before instanceof HTMLElement && before.isConnected) before.focus();
    },
  };
}
