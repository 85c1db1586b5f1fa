/** Calls `fn` if it is a function; what it throws is reported and goes no further. */
export function callSafely<T>(fn: unknown, arg: T): void {
  try {
    if (typeof fn == 'function') fn(arg);
  } catch (error) {
    console.error(error);
  }
}
