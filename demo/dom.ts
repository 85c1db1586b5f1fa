// The demo's one way to find its page's elements.

/** The element with this id, or an error naming it (the page and the demo's scripts must agree). */
export function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`demo: #${id} is missing or not a ${type.name}`);
  return el;
}
