/** The lines drawn over low-confidence automatic positions: dark enough over every stance colour, thin enough to keep it readable. */
export const HATCH_COLOR = 'rgba(26, 31, 36, 0.55)';
