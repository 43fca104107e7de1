export type Span<T> = { start: number; end: number; value: T };
export type Segment<T> = { start: number; end: number; text: string; covering: T[] };

/**
 * Cuts the text at every span boundary so overlapping spans can be rendered as flat, non-nested
 * pieces; each piece lists the spans covering it, in the order they were given. Spans outside the
 * text are clipped, empty ones ignored.
 */
export function segmentText<T>(text: string, spans: readonly Span<T>[]): Segment<T>[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.value);
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}

/** Reads `?mark=120-185`; anything else is ignored rather than an error. */
export function parseMark(raw: string | string[] | undefined): { start: number; end: number } | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const match = /^(\d{1,7})-(\d{1,7})$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

/** A light tint of a colour for a text background, so body text keeps its contrast. */
export function tint(hex: string, amount = 0.3): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match) return hex;
  const n = parseInt(match[1] as string, 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * amount + 255 * (1 - amount));
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`;
}
