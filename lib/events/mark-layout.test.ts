import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@/lib/schema/events';
import { estimateLabelWidth, eventsWithin, placeLabels, spreadLabels } from './mark-layout';

describe('placing event labels', () => {
  it('keeps labels that do not touch in the first lane, running towards the end', () => {
    expect(
      placeLabels(
        [
          { at: 0, width: 100 },
          { at: 200, width: 100 },
        ],
        600,
      ),
    ).toEqual([
      { lane: 0, align: 'start' },
      { lane: 0, align: 'start' },
    ]);
  });

  it('moves a label that would overlap (or come within the gap) to the next free lane', () => {
    const placed = placeLabels(
      [
        { at: 0, width: 100 },
        { at: 50, width: 100 },
        { at: 104, width: 60 },
        { at: 170, width: 60 },
      ],
      600,
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 2, 0]);
  });

  it('runs a label near the end edge back from its mark, and still stacks it when that overlaps', () => {
    const placed = placeLabels(
      [
        { at: 400, width: 150 },
        { at: 590, width: 150 },
      ],
      600,
    );
    expect(placed).toEqual([
      { lane: 0, align: 'start' },
      { lane: 1, align: 'end' },
    ]);
  });

  it('lays out the shipped events on a 700 px timeline in a few lanes', () => {
    const dates = [0, 15, 18, 57, 148, 204];
    const placed = placeLabels(
      dates.map((d) => ({ at: (d / 204) * 700, width: 160 })),
      700,
    );
    expect(Math.max(...placed.map((p) => p.lane))).toBe(2);
    expect(placed.at(-1)?.align).toBe('end');
  });

  it('estimates label widths from their length', () => {
    expect(estimateLabelWidth('London summit', 12)).toBe(92);
    expect(estimateLabelWidth('', 12)).toBe(4);
  });
});

describe('events within a span', () => {
  const event = (date: string): TimelineEvent => ({ date, label: { en: date, ar: 'حدث' }, article: 'a' });
  it('keeps those on or between the ends, oldest first', () => {
    const events = [event('2025-09-04'), event('2025-01-01'), event('2025-02-12'), event('2025-03-02')];
    expect(eventsWithin(events, '2025-02-12', '2025-09-04').map((e) => e.date)).toEqual([
      '2025-02-12',
      '2025-03-02',
      '2025-09-04',
    ]);
  });
});

describe('spreading labels along an axis', () => {
  it('leaves labels with room where they are', () => {
    expect(spreadLabels([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes crowded labels apart in order, and back from the end', () => {
    expect(spreadLabels([8, 34, 41, 108], 13, 0, 360)).toEqual([8, 34, 47, 108]);
    expect(spreadLabels([350, 355, 100], 13, 0, 353)).toEqual([340, 353, 100]);
  });
});
