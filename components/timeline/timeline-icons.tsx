/** Playback glyphs as inline SVG: the bundled fonts have no media-control characters. */
type IconName = 'start' | 'previous' | 'next' | 'end';

const PATHS: Record<IconName, string> = {
  start: 'M4 3h2v10H4zM14 3v10L7 8z',
  previous: 'M11 3v10L4 8z',
  next: 'M5 3v10l7-5z',
  end: 'M10 3h2v10h-2zM2 3v10l7-5z',
};

/** Points in the reading direction: the stylesheet mirrors it on right-to-left pages. */
export function TimelineIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon icon--directional"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
