/** An ascending sequence read by index: an array, or one derived from it without copying. */
export interface SortedSequence {
  length: number;
  at(index: number): number;
}

/** How many values of the ascending `values` are strictly below `limit` (a binary search). */
export function countBelow(values: Float64Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The `k`-th smallest (from 0) of the two ascending sequences taken together, in logarithmic time:
 * a binary search on how many of the smallest `k + 1` come from `a`.
 */
export function kthOfTwoSorted(a: SortedSequence, b: SortedSequence, k: number): number {
  if (k < 0 || k >= a.length + b.length) {
    throw new RangeError(`No element ${k} in ${a.length + b.length}`);
  }
  let low = Math.max(0, k + 1 - b.length);
  let high = Math.min(k + 1, a.length);
  for (;;) {
    const fromA = (low + high) >>> 1;
    const fromB = k + 1 - fromA;
    if (fromA > 0 && fromB < b.length && a.at(fromA - 1) > b.at(fromB)) {
      high = fromA - 1;
    } else if (fromB > 0 && fromA < a.length && b.at(fromB - 1) > a.at(fromA)) {
      low = fromA + 1;
    } else {
      return Math.max(fromA > 0 ? a.at(fromA - 1) : -Infinity, fromB > 0 ? b.at(fromB - 1) : -Infinity);
    }
  }
}

/** The median of both sequences together as PostgreSQL's percentile_cont(0.5) gives it; null when both are empty. */
export function medianOfTwoSorted(a: SortedSequence, b: SortedSequence): number | null {
  const total = a.length + b.length;
  if (total === 0) return null;
  const upper = kthOfTwoSorted(a, b, Math.floor(total / 2));
  return total % 2 === 1 ? upper : (kthOfTwoSorted(a, b, total / 2 - 1) + upper) / 2;
}
