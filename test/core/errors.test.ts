// The errors the client makes itself (docs/contract.md §2.5): each code has its exact
// message, and an answer made for it carries that message.

import { expect } from '@open-wc/testing';
import * as errors from '../../src/core/errors.js';
import { localAnswer } from '../../src/core/response.js';

const CODES = Object.entries(errors as Record<string, unknown>).filter((entry): entry is [string, number] => typeof entry[1] == 'number');

describe('core: error codes and messages', () => {
  it("the client's codes are gigya.js's numbers", () => {
    expect(Object.fromEntries(CODES)).to.deep.equal({
      CANCELED: 200001,
      INVALID_PARAMETER: 400006,
      MISSING_PARAMETER: 400002,
      NO_SESSION: 403005,
      GENERAL_SERVER_ERROR: 500001,
      NETWORK_ERROR: 500026,
      REQUEST_TIMEOUT: 504002,
    });
  });

  it('every code the client makes has its message, and a local answer carries it', () => {
    for (const [name, code] of CODES) {
      if (code === errors.NO_SESSION) continue; // the server's code: a success, with no message of ours
      expect(errors.ERROR_MESSAGES[code], name).to.be.a('string').and.not.equal('');
      expect(localAnswer(code, 'why')).to.deep.equal({ errorCode: code, errorMessage: errors.ERROR_MESSAGES[code], errorDetails: 'why' });
    }
  });
});
