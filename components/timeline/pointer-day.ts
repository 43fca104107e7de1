/**
 * The day under a pointer on the timeline's track (0 … span), measured from the start edge of the writing
 * direction; null while the track is not laid out. Both thumbs of the timeline read the pointer with it.
 */
export function dayAtPointer(
  track: HTMLElement | null,
  clientX: number,
  dir: 'ltr' | 'rtl',
  span: number,
): number | null {
  const rect = track?.getBoundingClientRect();
  if (!rect || rect.width === 0) return null;
  const fromStart = dir === 'rtl' ? rect.right - clientX : clientX - rect.left;
  return Math.round(Math.min(1, Math.max(0, fromStart / rect.width)) * span);
}
