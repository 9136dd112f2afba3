/** PHI types the detector reports. PROVIDER is a clinician's name: masked only when a policy says so. */
export const PHI_TYPES = [
  'NAME', 'DATE', 'PHONE', 'SSN', 'MRN', 'HEALTH_PLAN_ID', 'CARD', 'ACCOUNT', 'EMAIL', 'ADDRESS',
  'AGE', 'LICENSE', 'URL', 'IP', 'VEHICLE', 'DEVICE', 'PROVIDER',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** A detection, as character offsets into the text it was found in (end exclusive). */
export interface PhiSpan {
  start: number;
  end: number;
  type: PhiType;
}

export const POLICY_NAMES = ['none', 'standard', 'safe-harbor'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];
