/** Stances in legend order: from the strongest commitment to an explicit refusal. */
export const STANCES = [
  'troops_committed',
  'troops_offered',
  'conditional',
  'support_no_troops',
  'participating',
  'declined',
] as const;

export type Stance = (typeof STANCES)[number];

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

/** Normalised categories for the reason of a refusal or the condition of a conditional stance. */
export const REASON_CODES = [
  'neighbour_threat',
  'home_defence',
  'us_backstop_required',
  'legal_basis_required',
  'rules_of_engagement_required',
  'ceasefire_required',
  'parliament_approval_required',
  'capacity_limits',
  'neutrality',
  'strategic_priorities',
  'other',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];
