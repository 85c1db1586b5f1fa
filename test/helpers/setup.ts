// The common preamble of a browser test file, in one line: `const info = setup();` inside its
// `describe` gives the emulator's origins (filled in before the first test) and runs `cleanup()`
// after each test.

import { cleanup } from './cleanup.js';
import { emulatorInfo, type EmulatorInfo } from './emulator.js';

/** Registers the file's hooks; the returned object holds the emulator's origins once the tests run. */
export function setup(): EmulatorInfo {
  const info = {} as EmulatorInfo;
  before(async () => void Object.assign(info, await emulatorInfo()));
  afterEach(cleanup);
  return info;
}
