import { render } from 'preact';
import { SignOut } from '../../../examples/preact/SignOut.js';
import type { Mount } from '../scenario.js';

export const mount: Mount = (container, props) => {
  render(<SignOut {...props} />, container);
  return () => render(null, container);
};
