import { ERROR_MESSAGES, NO_SESSION } from './errors.js';
import type { Answer, LogoutParams, LogoutResponse } from './types.js';

/** A 32-hex-character id for answers made without a request (no `crypto.randomUUID`: it needs HTTPS). */
export const newCallId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export const localAnswer = (errorCode: number, errorDetails?: string): Answer => ({
  errorCode,
  errorMessage: ERROR_MESSAGES[errorCode],
  errorDetails,
});

export const isSuccess = (answer: Answer): boolean => answer.errorCode === 0 || answer.errorCode === NO_SESSION;

/**
 * Shapes an answer into the gigya.js response object: server fields kept, its HTTP status fields
 * dropped. A logout sent whose answer could not be read keeps `errorDetails` and `confirmed: false`.
 * `requestParams` is a plain object (gigya.js code calls its methods) with the merged params' own fields.
 */
export function toResponse(answer: Answer, params: LogoutParams): LogoutResponse {
  const { statusCode, statusReason, confirmed, ...fields } = answer;
  const ok = isSuccess(answer);
  const unconfirmed = ok && confirmed === false;
  if (ok && !unconfirmed) delete fields.errorDetails;
  const errorMessage = ok ? '' : String(fields.errorMessage ?? '');
  return {
    ...fields,
    errorCode: ok ? 0 : fields.errorCode,
    errorMessage,
    callId: typeof fields.callId == 'string' && fields.callId ? fields.callId : newCallId(),
    status: ok ? 'OK' : 'FAIL',
    statusMessage: errorMessage,
    operation: 'logout',
    requestParams: { ...params },
    context: params.context ?? null,
    ...(unconfirmed && { confirmed }),
  };
}
