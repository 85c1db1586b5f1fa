// emit(): this library's events, their detail typed by the event map (GlobalEventHandlersEventMap),
// bubbling and composed unless told otherwise, cancelable only when asked.

import { expect } from '@open-wc/testing';
import { emit } from '../../src/element/events.js';
import type { LogoutResponse } from '../../src/index.js';

/** Never called: it only has to compile (tsc runs over test/). */
export function typeChecks(target: EventTarget, response: LogoutResponse): void {
  emit(target, 'gigya-logout-response', response);
  emit(target, 'gigya-logout-request', { params: {} }, { cancelable: true });
  // @ts-expect-error not an event of this library
  emit(target, 'click', response);
  // @ts-expect-error the request event's detail is { params }
  emit(target, 'gigya-logout-request', response);
  // @ts-expect-error options, not positional booleans
  emit(target, 'gigya-logout', { eventName: 'logout', fullEventName: 'logout', isGlobal: true }, true);
}

describe('emit', () => {
  it('dispatches a CustomEvent with the detail; bubbling and composed by default, not cancelable', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    const heard: CustomEvent[] = [];
    host.addEventListener('gigya-logout', (event) => heard.push(event));
    try {
      const detail = { eventName: 'logout', fullEventName: 'logout', isGlobal: true } as const;
      expect(emit(inner, 'gigya-logout', detail)).to.equal(true);
      expect(heard).to.have.length(1);
      expect(heard[0].detail === detail).to.equal(true);
      expect([heard[0].bubbles, heard[0].composed, heard[0].cancelable]).to.deep.equal([true, true, false]);
    } finally {
      host.remove();
    }
  });

  it('{ bubbles: false } neither bubbles nor leaves the shadow root; { cancelable: true } reports a cancel', () => {
    const parent = document.createElement('div');
    const child = parent.appendChild(document.createElement('span'));
    const onParent: Event[] = [];
    parent.addEventListener('gigya-logout-request', (event) => onParent.push(event));
    child.addEventListener('gigya-logout-request', (event) => event.preventDefault());
    expect(emit(child, 'gigya-logout-request', { params: {} }, { cancelable: true, bubbles: false })).to.equal(false);
    expect(onParent).to.have.length(0);
    expect(emit(child, 'gigya-logout-request', { params: {} }, { bubbles: false })).to.equal(true);
  });
});
