import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('the bounded cache', () => {
  it('computes a value once and remembers it, null included', () => {
    const cache = new BoundedCache<string | null>(10);
    let calls = 0;
    const compute = (key: string) => {
      calls++;
      return key === 'x' ? null : key.toUpperCase();
    };
    expect(cache.get('a', compute)).toBe('A');
    expect(cache.get('a', compute)).toBe('A');
    expect(cache.get('x', compute)).toBeNull();
    expect(cache.get('x', compute)).toBeNull();
    expect(calls).toBe(2);
  });

  it('empties itself when full instead of growing', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('c')).toBe(3);
  });
});
