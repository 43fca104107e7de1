import { describe, expect, it } from 'vitest';
import { isTrustVisible, LOW_CONFIDENCE, trustOf } from './trust';

describe('trustOf', () => {
  it('a reviewed position is reviewed whatever the extractor said', () => {
    expect(trustOf({ reviewed: true, confidence: 0.2 })).toBe('reviewed');
    expect(trustOf({ reviewed: true })).toBe('reviewed');
  });
  it('an automatic position below the threshold is low, at or above it automatic', () => {
    expect(trustOf({ confidence: 0.7 })).toBe('low');
    expect(trustOf({ confidence: LOW_CONFIDENCE - 0.01 })).toBe('low');
    expect(trustOf({ confidence: LOW_CONFIDENCE })).toBe('automatic');
    expect(trustOf({ confidence: 0.9, reviewed: false })).toBe('automatic');
  });
  it('nothing vouches for a position with no confidence and no review', () => {
    expect(trustOf({})).toBe('low');
  });
});

describe('isTrustVisible', () => {
  it('an empty filter shows everything, countries without a position included', () => {
    expect(isTrustVisible([], 'low')).toBe(true);
    expect(isTrustVisible([], null)).toBe(true);
  });
  it('a filter keeps only the levels it names', () => {
    expect(isTrustVisible(['low'], 'low')).toBe(true);
    expect(isTrustVisible(['low'], 'reviewed')).toBe(false);
    expect(isTrustVisible(['reviewed'], null)).toBe(false);
  });
});
