import type { TimelineEvent } from '@/lib/schema/events';

/** A label to place beside a mark: the mark's distance from the start edge and the label's width, in px. */
export type LabelBox = { at: number; width: number };

/**
 * Where a label goes: its lane (0 nearest the axis, then outwards) and which way it runs from its mark: `start` runs
 * towards the end edge, `end` back towards the start edge (so a mark near the end keeps its label inside).
 */
export type LabelPlacement = { lane: number; align: 'start' | 'end' };

/**
 * Puts every label in the first lane where it overlaps no other (with `gap` px between), running towards the end edge
 * unless it would pass it. Marks are taken in the order given; the result is in the same order.
 */
export function placeLabels(boxes: readonly LabelBox[], extent: number, gap = 8): LabelPlacement[] {
  const lanes: [number, number][][] = [];
  return boxes.map(({ at, width }) => {
    const align = at + width <= extent || at - width < 0 ? 'start' : 'end';
    const span: [number, number] = align === 'start' ? [at, at + width] : [at - width, at];
    let lane = lanes.findIndex((taken) => taken.every(([a, b]) => span[1] + gap <= a || span[0] >= b + gap));
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]?.push(span);
    return { lane, align };
  });
}

/** How wide a label's text is drawn, roughly (Noto Sans averages a little over half an em per character). */
export function estimateLabelWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.56) + 4;
}

/** The events that fall within [min, max], oldest first: the ones a timeline or chart of that span can show. */
export function eventsWithin(events: readonly TimelineEvent[], min: string, max: string): TimelineEvent[] {
  return events.filter((e) => e.date >= min && e.date <= max).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * Positions for labels of `size` px along an axis from `min` to `max`, each as near its wanted position as it can be
 * while no two come closer than `size`: the order is kept, crowded labels are pushed apart, the last ones back from
 * the end. Takes and returns positions in the order given.
 */
export function spreadLabels(wanted: readonly number[], size: number, min: number, max: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
  const at = order.map((i) => Math.min(max, Math.max(min, wanted[i] ?? 0)));
  for (let k = 1; k < at.length; k += 1) at[k] = Math.max(at[k] as number, (at[k - 1] as number) + size);
  for (let k = at.length - 1; k >= 0; k -= 1) {
    const limit = k === at.length - 1 ? max : (at[k + 1] as number) - size;
    at[k] = Math.max(min, Math.min(at[k] as number, limit));
  }
  const result = new Array<number>(wanted.length);
  order.forEach((i, k) => (result[i] = at[k] as number));
  return result;
}
