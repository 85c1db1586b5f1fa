// custom-elements.json, as `npm run build` makes it (the analyzer run on the element's sources into a
// temporary directory), tells users of the manifest about other tabs' logouts (docs/contract.md §5): the
// `gigya-logout` event's `source: 'other-tab'`, and Global Conf `crossTabLogout`.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../tools/paths.mjs';

const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

describe('custom-elements.json', () => {
  it("describes source 'other-tab' on gigya-logout and the crossTabLogout switch", () => {
    // Run where there is no package.json (the analyzer would point its customElements field at the
    // output) and the sources are reached through a link.
    const dir = join(root, `node_modules/.cache/gigya-logout-cem-${process.pid}`);
    try {
      mkdirSync(dir, { recursive: true });
      symlinkSync(join(root, 'src'), join(dir, 'src'));
      const globs = ['src/gigya-logout.ts', 'src/define.ts', 'src/element/events.ts'];
      execFileSync(process.execPath, [cem, 'analyze', '--litelement', '--globs', ...globs, '--outdir', '.', '--quiet'], { cwd: dir });
      const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
      const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'gigya-logout');
      const event = element.events.find((e) => e.name === 'gigya-logout');
      assert.match(event.description, /source.*'other-tab'/);
      assert.match(event.description, /crossTabLogout: false/);
      assert.match(element.description, /crossTabLogout/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
