// The benchmark's statistics (tools/bench/stats.mjs): quartiles, per-pair ratios and how they print.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { paired, quantile, show, summary } from '../../tools/bench/stats.mjs';

describe('bench statistics', () => {
  it('quantiles interpolate between the sorted values, whatever their order', () => {
    assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
    assert.equal(quantile([5, 1, 3], 0.5), 3);
    assert.equal(quantile([10, 20, 30, 40, 50], 0.25), 20);
    assert.deepEqual(summary([1, 2, 3, 4, 5]), { median: 3, q1: 2, q3: 4 });
  });

  it('pairs round i of one series with round i of the other', () => {
    assert.deepEqual(
      paired([2, 9, 4], [1, 3, 8], (a, b) => a / b),
      [2, 3, 0.5],
    );
  });

  it('prints ratios and signed differences', () => {
    assert.equal(show({ median: 1.234, q1: 1.2, q3: 1.3 }), '1.23× (1.20–1.30)');
    assert.equal(show({ median: -0.5, q1: -1, q3: 0.25 }, 'ms'), '−0.50 ms (−1.00…+0.25)');
  });
});
