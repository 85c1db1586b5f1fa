// Where things are, for every script and Node test: the project root and its binaries.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} name a binary of the project's node_modules @returns {string} its path */
export const bin = (name) => join(root, 'node_modules', '.bin', name);
