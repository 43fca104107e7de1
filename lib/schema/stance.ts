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

/** Bodies a reason may name besides countries: whose mandate, whose vote, whose alliance. */
export const REASON_BODIES = ['un', 'un_security_council', 'bundestag', 'congress', 'nato', 'eu'] as const;

export type ReasonBody = (typeof REASON_BODIES)[number];

/** What a reason names: an ISO 3166-1 alpha-3 code or one of REASON_BODIES. */
export function isReasonName(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) || (REASON_BODIES as readonly string[]).includes(value);
}
