// `npm start`'s server (scripts/dev-server.config.mjs) listens on the loopback interface only, unless
// HOST says otherwise: the emulator signs anyone in and out and must not be reachable from the network.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDevServer } from '@web/dev-server';

async function listeningAddress(env) {
  Object.assign(process.env, { OPEN: '0', ...env });
  const { default: config } = await import(`../../scripts/dev-server.config.mjs?${Date.now()}`);
  const server = await startDevServer({
    config: { ...config, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
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

describe('npm start (dev server)', () => {
  it('listens on 127.0.0.1 only by default, with the emulator there', async () => {
    assert.deepEqual(await listeningAddress({}), { address: '127.0.0.1', status: 200 });
  });

  it('listens where HOST says', async () => {
    assert.deepEqual(await listeningAddress({ HOST: '0.0.0.0' }), { address: '0.0.0.0', status: 200 });
  });
});
