export const CANCELED = 200001;
export const INVALID_PARAMETER = 400006;
export const MISSING_PARAMETER = 400002;
/** Gigya's "no such session": for a logout, the user is logged out already. */
export const NO_SESSION = 403005;
export const GENERAL_SERVER_ERROR = 500001;
export const NETWORK_ERROR = 500026;
export const REQUEST_TIMEOUT = 504002;

/** The exact messages of the errors made on the client (docs/contract.md §2.5). */
export const ERROR_MESSAGES: Record<number, string> = {
  [CANCELED]: 'Operation canceled',
  [INVALID_PARAMETER]: 'Invalid parameter value',
  [MISSING_PARAMETER]: 'Missing required parameter',
  [GENERAL_SERVER_ERROR]: 'General server error',
  [NETWORK_ERROR]: 'Network error',
  [REQUEST_TIMEOUT]: 'Request timeout',
};
