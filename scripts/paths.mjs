// Where things are, for every script and Node test: the project root, its binaries, and the file
// where the test reporter leaves its totals for scripts/test.mjs.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} name a binary of the project's node_modules @returns {string} its path */
export const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Where the browser tests' totals go: $SUMMARY_FILE (relative to the working folder), else .cache/wtr-summary.json. */
export const summaryFile = () => resolve(process.env.SUMMARY_FILE || join(root, '.cache/wtr-summary.json'));
