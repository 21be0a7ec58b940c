export type ItemFlag = 'too-hard' | 'too-easy' | 'negative-discrimination';

/** Moodle's usual warning thresholds: almost nobody, or almost everybody, gets it right. */
export const facilityBounds = { low: 0.2, high: 0.95 } as const;

/** Flags only what can be computed: no facility without answers, no discrimination without varied exam scores. */
export function flagsFor(facility: number | null, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (facility !== null && facility < facilityBounds.low) flags.push('too-hard');
  if (facility !== null && facility > facilityBounds.high) flags.push('too-easy');
  if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
  return flags;
}
