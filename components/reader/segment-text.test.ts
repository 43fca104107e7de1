import { describe, expect, it } from 'vitest';
import { parseMark, segmentText, tint } from './segment-text';

describe('text segmentation', () => {
  const text = 'Britain will send troops. Poland will not.';

  it('gives back the whole text, in order, without losing a character', () => {
    const segments = segmentText(text, [
      { start: 0, end: 25, value: 'GBR' },
      { start: 26, end: 42, value: 'POL' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => s.covering)).toEqual([['GBR'], [], ['POL']]);
  });

  it('splits overlapping spans into pieces that list every span covering them', () => {
    const segments = segmentText('abcdef', [
      { start: 0, end: 4, value: 'x' },
      { start: 2, end: 6, value: 'y' },
    ]);
    expect(segments.map((s) => [s.text, s.covering])).toEqual([
      ['ab', ['x']],
      ['cd', ['x', 'y']],
      ['ef', ['y']],
    ]);
  });

  it('clips spans that run past the text and ignores empty ones', () => {
    const segments = segmentText('abc', [
      { start: 1, end: 99, value: 'x' },
      { start: 2, end: 2, value: 'empty' },
    ]);
    expect(segments.map((s) => [s.text, s.covering])).toEqual([
      ['a', []],
      ['bc', ['x']],
    ]);
  });
});

describe('mark parameter', () => {
  it('reads a start-end pair', () => {
    expect(parseMark('120-185')).toEqual({ start: 120, end: 185 });
  });

  it('ignores anything malformed or backwards', () => {
    expect(parseMark('banana')).toBeNull();
    expect(parseMark('20-10')).toBeNull();
    expect(parseMark(undefined)).toBeNull();
    expect(parseMark(['5-9', 'x'])).toEqual({ start: 5, end: 9 });
  });
});

describe('tint', () => {
  it('mixes a colour towards white', () => {
    expect(tint('#000000', 0.25)).toBe('rgb(191, 191, 191)');
    expect(tint('#FFFFFF')).toBe('rgb(255, 255, 255)');
  });
});
