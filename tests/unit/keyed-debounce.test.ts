import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeyedDebounce } from '../../src/lib/keyed-debounce';

afterEach(() => {
  vi.useRealTimers();
});

describe('work debounced per key', () => {
  it('settles a job overtaken by a later one with the later one’s result, running only the later one', async () => {
    vi.useFakeTimers();
    const debounce = createKeyedDebounce<string>(0);
    const first = vi.fn(() => 'first');
    const second = vi.fn(() => 'second');

    const earlier = debounce.schedule('a', first, 400);
    const later = debounce.schedule('a', second, 400);
    await vi.advanceTimersByTimeAsync(450);

    expect(await later).toBe('second');
    expect(await earlier).toBe('second');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('settles every waiting caller with the job run at once in its place', async () => {
    const debounce = createKeyedDebounce<string>(0);
    const waiting = debounce.schedule('a', () => 'debounced', 10_000);

    const now = debounce.runNow('a', () => 'now');

    expect(await now).toBe('now');
    expect(await waiting).toBe('now');
    expect(debounce.isWaiting('a')).toBe(false);
  });

  it('settles callers of cancelled jobs with the answer given, without running them', async () => {
    const debounce = createKeyedDebounce<string>(0);
    const run = vi.fn(() => 'ran');
    const one = debounce.schedule('a', run, 10_000);
    const two = debounce.schedule('b', run, 10_000);
    const three = debounce.schedule('c', run, 10_000);

    debounce.cancel('a', 'dropped');
    debounce.cancelAll('all dropped');

    expect(await one).toBe('dropped');
    expect(await two).toBe('all dropped');
    expect(await three).toBe('all dropped');
    expect(run).not.toHaveBeenCalled();
  });

  it('passes a failed job’s error to every caller it carried', async () => {
    const debounce = createKeyedDebounce<string>(0);
    const earlier = debounce.schedule('a', () => 'never', 10_000);
    const later = debounce.schedule('a', () => Promise.reject(new Error('disk trouble')), 10_000);

    await debounce.flush('a');

    await expect(earlier).rejects.toThrow('disk trouble');
    await expect(later).rejects.toThrow('disk trouble');
  });
});
