import { describe, expect, it } from 'vitest';
import { isInCareRange } from '../../src/content/care';

describe('the care range of a rating', () => {
  it('holds the numbers at and above atLeast', () => {
    expect([8, 9, 10].map((n) => isInCareRange({ atLeast: 9 }, n))).toEqual([false, true, true]);
  });

  it('holds the numbers at and below atMost', () => {
    expect([0, 2, 3].map((n) => isInCareRange({ atMost: 2 }, n))).toEqual([true, true, false]);
  });

  it('can hold both ends of one scale', () => {
    expect([0, 5, 10].map((n) => isInCareRange({ atLeast: 10, atMost: 0 }, n))).toEqual([true, false, true]);
  });

  it('holds nothing when the prompt sets no range, or nothing is chosen yet', () => {
    expect(isInCareRange(undefined, 10)).toBe(false);
    expect(isInCareRange({ atLeast: 0 }, null)).toBe(false);
  });
});
