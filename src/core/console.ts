// What the library says on the console: its warnings, and what a page's callback threw.

/** A console warning of the library, with its one prefix (`gigya-logout: …`). */
export const warn = (message: string): void => console.warn(`gigya-logout: ${message}`);

/** Calls `fn` if it is a function; what it throws is reported and goes no further. */
export function callSafely<T>(fn: unknown, arg: T): void {
  try {
    if (typeof fn == 'function') fn(arg);
  } catch (error) {
    console.error(error);
  }
}
