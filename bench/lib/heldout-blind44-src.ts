/** Blind held-out PHI gold set 44: being written. */
export const BLIND44_MESSAGES: string[] = [];
