import { countBelow, kthOfTwoSorted, medianOfTwoSorted, type SortedSequence } from './sorted-figures';

const sequence = (values: number[]): SortedSequence => ({ length: values.length, at: (i) => values[i] as number });

/** A fixed pseudo-random series, so that a failure can be replayed. */
function series(seed: number, length: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * 50) / 2;
  }).sort((a, b) => a - b);
}

describe('countBelow', () => {
  it('counts the values strictly below the limit', () => {
    const values = Float64Array.from([1, 2, 2, 3, 5]);
    expect([0, 1, 2, 2.5, 3, 5, 6].map((limit) => countBelow(values, limit))).toEqual([0, 0, 1, 3, 3, 4, 5]);
    expect(countBelow(new Float64Array(), 10)).toBe(0);
  });
});

describe('kthOfTwoSorted', () => {
  it('finds every rank of two sorted series as sorting them together would', () => {
    for (const [seed, lengthA, lengthB] of [
      [1, 0, 7],
      [2, 7, 0],
      [3, 1, 1],
      [4, 13, 4],
      [5, 40, 41],
      [6, 3, 60],
    ] as const) {
      const a = series(seed, lengthA);
      const b = series(seed + 100, lengthB);
      const together = [...a, ...b].sort((x, y) => x - y);
      together.forEach((value, k) => expect(kthOfTwoSorted(sequence(a), sequence(b), k)).toBe(value));
    }
  });

  it('refuses a rank outside both series', () => {
    expect(() => kthOfTwoSorted(sequence([1]), sequence([2]), 2)).toThrow(RangeError);
  });
});

describe('medianOfTwoSorted', () => {
  it("is PostgreSQL's percentile_cont(0.5): the middle value, or the mean of the two middle ones", () => {
    expect(medianOfTwoSorted(sequence([1, 9]), sequence([4]))).toBe(4);
    expect(medianOfTwoSorted(sequence([1, 9]), sequence([4, 5]))).toBe(4.5);
    expect(medianOfTwoSorted(sequence([]), sequence([2.5]))).toBe(2.5);
    expect(medianOfTwoSorted(sequence([]), sequence([]))).toBeNull();
  });
});
