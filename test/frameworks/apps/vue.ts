import { createApp, h } from 'vue';
import SignOut from '../../../examples/vue/SignOut.vue';
import type { Mount } from '../scenario.js';

export const mount: Mount = (container, { user, onDone }) => {
  const app = createApp({ render: () => h(SignOut, { user, onDone }) });
  app.mount(container);
  return () => app.unmount();
};
