import { flushSync, mount as mountComponent, unmount } from 'svelte';
import SignOut from '../../../examples/svelte/SignOut.svelte';
import type { Mount } from '../scenario.js';

export const mount: Mount = (container, props) => {
  const component = mountComponent(SignOut, { target: container, props });
  flushSync();
  return () => void unmount(component);
};
