// `npm run check:package` (a CI step): packs the package as `npm publish` would (prepack builds),
// prints its file list and size, checks the list (tools/package/pack.mjs), then runs publint and
// `attw --profile esm-only` (the package is ESM only, as Lit is) on the tarball. Both run offline.
// Exits non-zero on any problem.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileListProblems, pack } from './pack.mjs';
import { bin, root } from '../paths.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gigya-logout-pack-'));
let failed;
try {
  const { tarball, files, size, unpackedSize } = pack(root, dir);
  console.log(`${tarball.split('/').pop()}: ${files.length} files, ${size} B packed, ${unpackedSize} B unpacked`);
  for (const file of files) console.log(`  ${file}`);
  const problems = fileListProblems(files, join(root, 'package.json'));
  for (const problem of problems) console.error(`file list: ${problem}`);
  failed = problems.length > 0;
  for (const [name, args] of /** @type {[string, string[]][]} */ ([
    ['publint', ['run', '--strict', tarball]],
    ['attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']],
  ])) {
    try {
      execFileSync(bin(name), args, { cwd: dir, stdio: 'inherit' });
    } catch {
      console.error(`${name} found problems`);
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
