// `npm start`'s server (tools/dev/dev-server.config.mjs) listens on the loopback interface only, unless
// HOST says otherwise: the emulator signs anyone in and out and must not be reachable from the network.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { root } from '../../tools/paths.mjs';

/** `npm start`'s server, started in this process on a free port, with `env` set (OPEN=0 always). */
async function startDemoServer(env = {}) {
  Object.assign(process.env, { OPEN: '0', ...env });
  const { default: config } = await import(`../../tools/dev/dev-server.config.mjs?${Date.now()}`);
  return startDevServer({
    config: { ...config, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
}

async function listeningAddress(env) {
  const server = await startDemoServer(env);
  try {
    const address = server.server.address();
    // The emulator, not a file: a served file gets a chokidar watch that can outlive server.stop().
    const answer = await fetch(`http://127.0.0.1:${address.port}/__emulator/info`);
    return { address: address.address, status: answer.status };
  } finally {
    await server.stop();
    for (const key of Object.keys(env)) delete process.env[key];
  }
}

/** Whether anything answers at `origin` (a refused connection: nothing). */
async function answers(origin) {
  try {
    await fetch(`${origin}/__emulator/info`);
    return true;
  } catch {
    return false;
  }
}

/** A port that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 100 ms until it is true or `ms` passed; resolves to its last value. */
async function eventually(check, ms) {
  const end = Date.now() + ms;
  while (!(await check()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
  return check();
}

/**
 * `npm start` as a process manager runs it (its own process group, stdin closed), stopped with
 * `signal` sent to the npm process only (not to its group, as Ctrl-C would): every child must stop
 * and both of the emulator's ports must be free afterwards.
 * @param {'SIGTERM' | 'SIGINT' | 'SIGKILL'} signal
 */
async function npmStartStoppedBy(signal) {
  const port = await freePort();
  const npm = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), OPEN: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  npm.stdout.on('data', (chunk) => (output += chunk));
  npm.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => npm.once('exit', resolve));
  try {
    const origin = `http://127.0.0.1:${port}`;
    assert.ok(await eventually(() => answers(origin), 60_000), `npm start answers on ${origin}:\n${output}`);
    const { crossOrigin } = await (await fetch(`${origin}/__emulator/info`)).json();
    assert.ok(await answers(crossOrigin), 'the second origin answers');
    process.kill(npm.pid, signal);
    await exited;
    assert.equal(await eventually(async () => !(await answers(origin)), 10_000), true, `port ${port} is free after ${signal}`);
    assert.equal(await eventually(async () => !(await answers(crossOrigin)), 10_000), true, `${crossOrigin} is free after ${signal}`);
  } finally {
    // Whatever is left of the group (nothing, when the test passed).
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
}

describe('npm start (dev server)', () => {
  it('stops every child and frees both ports on SIGTERM to the npm process', { timeout: 90_000 }, () => npmStartStoppedBy('SIGTERM'));

  it('stops every child and frees both ports on SIGINT to the npm process', { timeout: 90_000 }, () => npmStartStoppedBy('SIGINT'));

  it('stops the server and frees both ports when the npm process is killed (SIGKILL)', { timeout: 90_000 }, () =>
    npmStartStoppedBy('SIGKILL'),
  );

  it('listens on 127.0.0.1 only by default, with the emulator there', async () => {
    assert.deepEqual(await listeningAddress({}), { address: '127.0.0.1', status: 200 });
  });

  it('runs the emulator on a second loopback origin, allows it in the demo CSP, and frees its port on stop', async () => {
    const server = await startDemoServer();
    let stopped = false;
    try {
      const origin = `http://127.0.0.1:${server.server.address().port}`;
      const info = await (await fetch(`${origin}/__emulator/info`)).json();
      assert.match(info.crossOrigin, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.notEqual(info.crossOrigin, origin);
      const cross = await (await fetch(`${info.crossOrigin}/__emulator/info`)).json();
      assert.equal(cross.crossOrigin, info.crossOrigin, 'the same emulator answers there');
      // The demo's CSP allows exactly that origin besides its own list (a 404 page is HTML too).
      const csp = (await fetch(`${origin}/demo/`)).headers.get('content-security-policy') ?? '';
      const directive = (name) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
      assert.equal(
        directive('connect-src'),
        `connect-src 'self' https://*.gigya.com https://*.sapcdm.cn https://*.gigya-api.cn ${info.crossOrigin}`,
      );
      assert.equal(directive('frame-src'), `frame-src 'self' https://*.gigya.com ${info.crossOrigin}`);
      await server.stop();
      stopped = true;
      assert.equal(await answers(info.crossOrigin), false, 'the second origin is closed with the server');
      assert.equal(await answers(origin), false, 'and so is the first');
    } finally {
      if (!stopped) await server.stop();
      delete process.env.OPEN;
    }
  });

  it('listens where HOST says', async () => {
    assert.deepEqual(await listeningAddress({ HOST: '0.0.0.0' }), { address: '0.0.0.0', status: 200 });
  });
});
