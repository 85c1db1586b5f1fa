// `npm run stress`: the test suite under an extra CPU load, to check a change for load sensitivity
// (a test that waits for time instead of for its event, a layout read before it settled). Not part of
// .ci/run. Starts one busy loop per core (each a process that stops by itself after at most
// STRESS_MAX_S seconds, default 900), runs `npm test` beside them, stops them, and exits as the tests did.
//
//   npm run stress                                   all three browsers, one busy loop per core
//   STRESS_LOOPS=4 npm run stress                    four busy loops
//   BROWSERS=firefox npm run stress -- test/core/    any `npm test` arguments and BROWSERS

import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { root } from '../paths.mjs';

const loops = Number(process.env.STRESS_LOOPS) || availableParallelism();
const maxSeconds = Number(process.env.STRESS_MAX_S) || 900;
const busyLoop = `const end = Date.now() + ${maxSeconds * 1000}; let x = 0; while (Date.now() < end) x = (x + Math.sqrt(x + 1)) % 1e9;`;

const busy = Array.from({ length: loops }, () => spawn(process.execPath, ['-e', busyLoop], { stdio: 'ignore' }));
const stopBusy = () => busy.forEach((child) => child.kill('SIGKILL'));
process.once('exit', stopBusy);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(130));

console.log(`stress: ${loops} busy loop(s) beside the tests (at most ${maxSeconds} s)`);
const tests = spawn(process.execPath, ['--max-http-header-size=65536', 'tools/test/test.mjs', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { BROWSERS: 'chromium,firefox,webkit', ...process.env },
});
tests.on('exit', (code, signal) => {
  stopBusy();
  console.log(`stress: the tests ended with ${signal ?? `exit code ${code}`} under ${loops} busy loop(s)`);
  process.exit(code ?? 1);
});
