// The accessible name and role of a node as assistive technology gets them (axe-core's computation
// over the flat tree). Import 'axe-core/axe.min.js' in the test file that uses it.

interface AxeInternals {
  setup(node: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: {
    text: { accessibleTextVirtual(vNode: unknown): string };
    aria: { getRole(vNode: unknown): string | null };
  };
}

/** The accessible name and role of `node`, computed by axe-core over the flat tree (shadow DOM included). */
export function accessibility(node: Element): { name: string; role: string | null } {
  const axe = (window as unknown as { axe: AxeInternals }).axe;
  axe.setup(document.documentElement);
  try {
    const vNode = axe.utils.getNodeFromTree(node);
    return { name: axe.commons.text.accessibleTextVirtual(vNode), role: axe.commons.aria.getRole(vNode) };
  } finally {
    axe.teardown();
  }
}
