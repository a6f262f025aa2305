import { describe, expect, it } from 'vitest';
import { LogSampler } from './sampled-log.ts';

describe('LogSampler', () => {
  it('writes the first N per window, counts the rest by kind, and hands the count out once', () => {
    let now = 0;
    const sampler = new LogSampler({ perWindow: 2, windowMs: 1000, now: () => now });
    const writes = ['401', '401', '429', '429', '401'].map((kind) => sampler.take(kind).write);
    expect(writes).toEqual([true, true, false, false, false]);
    expect(sampler.pending).toBe(true);

    now = 1000; // the next window: its first line brings the last window's count
    expect(sampler.take('401')).toEqual({
      write: true,
      summary: { count: 3, byKind: { 401: 1, 429: 2 }, windowMs: 1000 },
    });
    expect(sampler.pending).toBe(false);
    expect(sampler.flush()).toBeUndefined();
  });

  it('a flush in the middle of a window hands out what was counted so far, and counting goes on', () => {
    let now = 0;
    const sampler = new LogSampler({ perWindow: 1, windowMs: 1000, now: () => now });
    sampler.take('429');
    sampler.take('429');
    expect(sampler.flush()).toEqual({ count: 1, byKind: { 429: 1 }, windowMs: 1000 });
    now = 500;
    expect(sampler.take('429').write).toBe(false);
    expect(sampler.flush()?.count).toBe(1);
  });
});
