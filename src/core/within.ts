/** `work`, or `fallback` once `ms` have passed without it settling; the timer never outlives the race. */
export function within<T, F = undefined>(work: Promise<T>, ms: number, fallback?: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([work, new Promise<F>((done) => (timer = setTimeout(() => done(fallback as F), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
