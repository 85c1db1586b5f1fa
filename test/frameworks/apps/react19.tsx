import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SignOut } from '../../../examples/react19/SignOut.js';
import type { Mount } from '../scenario.js';

export const mount: Mount = (container, props) => {
  const root = createRoot(container);
  flushSync(() => root.render(<SignOut {...props} />));
  return () => root.unmount();
};
