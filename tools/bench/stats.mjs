// Order statistics for the benchmark: medians and interquartile ranges of per-pair ratios.

/**
 * The q-quantile of `values`, linearly interpolated (q = 0.5: the median).
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

/** @typedef {{ median: number, q1: number, q3: number }} Summary */

/** Median and quartiles. @param {number[]} values @returns {Summary} */
export const summary = (values) => ({ median: quantile(values, 0.5), q1: quantile(values, 0.25), q3: quantile(values, 0.75) });

/**
 * Per-round `f(a, b)` of two candidates' series (same rounds, same order).
 * @param {number[]} a
 * @param {number[]} b
 * @param {(x: number, y: number) => number} f
 */
export const paired = (a, b, f) => a.map((x, i) => f(x, b[i]));

/**
 * `1.23× (1.20–1.27)` or, with `unit`, `+1.2 ms (+0.9–+1.4)`.
 * @param {Summary} summary
 * @param {string} [unit]
 */
export function show({ median, q1, q3 }, unit) {
  if (!unit) return `${median.toFixed(2)}× (${q1.toFixed(2)}–${q3.toFixed(2)})`;
  const signed = (/** @type {number} */ x) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(2)}`;
  return `${signed(median)} ${unit} (${signed(q1)}…${signed(q3)})`;
}
