/** A country name to draw at a point, in the units of the drawing (SVG world units here). */
export type LabelCandidate = { iso3: string; text: string; x: number; y: number; priority: number };
export type PlacedLabel = LabelCandidate & { width: number; height: number };
export type Box = { x: number; y: number; width: number; height: number };

/**
 * Average advance of a character as a share of the font size. Latin and joined Arabic letters both
 * come out near 0.55 in Noto Sans; estimating widths keeps the placement pure and testable.
 */
const CHAR_WIDTH = 0.55;
/** Space kept free around each label, as a share of the font size. */
const GAP = 0.3;

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Greedy collision-free placement: labels in descending priority (larger countries first), each
 * kept only if its box lies inside `bounds`, clears the `obstacles` (markers that must stay visible)
 * and every label already kept. Deterministic, so
 * the same data always shows the same names.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  bounds: Box,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.iso3.localeCompare(b.iso3));
  const pad = fontSize * GAP;
  for (const candidate of sorted) {
    const width = candidate.text.length * fontSize * CHAR_WIDTH;
    const height = fontSize;
    const box = {
      x: candidate.x - width / 2 - pad,
      y: candidate.y - height / 2 - pad,
      width: width + 2 * pad,
      height: height + 2 * pad,
    };
    const inside =
      box.x >= bounds.x &&
      box.y >= bounds.y &&
      box.x + box.width <= bounds.x + bounds.width &&
      box.y + box.height <= bounds.y + bounds.height;
    if (!inside || obstacles.some((o) => overlaps(box, o))) continue;
    if (
      placed.some((p) =>
        overlaps(box, {
          x: p.x - p.width / 2 - pad,
          y: p.y - p.height / 2 - pad,
          width: p.width + 2 * pad,
          height: p.height + 2 * pad,
        }),
      )
    )
      continue;
    placed.push({ ...candidate, width, height });
  }
  return placed;
}
