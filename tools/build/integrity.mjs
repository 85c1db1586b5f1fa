// The Subresource Integrity hashes of the CDN files (dist/cdn/integrity.json), written by the build:
// a page that loads a version of the bundle from a CDN pins it with `integrity="sha384-…"`
// (README, "Install"). test/node/integrity.test.mjs checks them against the built files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `<cdnDir>/integrity.json`: `{ "<path below cdnDir>": "sha384-<base64>" }` for the bundle,
 * the on-demand idle module and each language module.
 * @param {string} cdnDir dist/cdn
 * @returns {Record<string, string>} what it wrote
 */
export function writeIntegrity(cdnDir) {
  const files = [
    ...readdirSync(cdnDir).filter((file) => file.endsWith('.js')),
    ...readdirSync(join(cdnDir, 'locales'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `locales/${file}`),
  ].sort();
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const file of files)
    hashes[file] = `sha384-${createHash('sha384')
      .update(readFileSync(join(cdnDir, file)))
      .digest('base64')}`;
  writeFileSync(join(cdnDir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
