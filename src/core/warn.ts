/** A console warning of the library, with its one prefix (`gigya-logout: …`). */
export const warn = (message: string): void => console.warn(`gigya-logout: ${message}`);
