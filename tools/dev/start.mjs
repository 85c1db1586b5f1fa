// `npm start`: the demo's dev server (tools/dev/dev-server.config.mjs, which prints where the demo is).
// Started here rather than by the `wds` command, whose own start message prints a "Network:" address
// (the machine's LAN IP) although the server listens on 127.0.0.1 only unless HOST says otherwise.

import { startDevServer } from '@web/dev-server';
import config, { whereItIs } from './dev-server.config.mjs';

// The config's own plugins are typed loosely (their hooks take what they use); the server takes them as Plugins.
const serverConfig = /** @type {Partial<import('@web/dev-server').DevServerConfig>} */ (/** @type {unknown} */ (config));
const server = await startDevServer({ config: serverConfig, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const address = server.server?.address();
console.log(whereItIs(typeof address == 'object' && address ? address.port : Number(serverConfig.port)));
// startDevServer stops the server (both of the emulator's ports) on SIGINT (Ctrl-C); do the same on
// SIGTERM (a process manager, `kill`), where Node would otherwise exit without closing them.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.stop().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
// package.json's `exec` makes this process npm's own child, so a signal to the npm process (SIGTERM,
// SIGINT) reaches it: npm passes it on to its child only, and a `sh -c` between them (dash) would keep
// it. Should npm itself go away without passing a signal on (SIGKILL), this process is handed to init
// or a subreaper: stop then too, rather than keep the ports. test/node/dev-server.test.mjs checks all three.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 200).unref();
