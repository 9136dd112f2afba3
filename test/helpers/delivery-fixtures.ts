import { canarySentence } from './canaries.ts';
import { canaryCaller, type Canaries } from './faults-phi.ts';

/** What the delivery fault tests' voicemails carry: the canaries the PHI sweep looks for. */
export const DELIVERY_CANARIES: Canaries = { caller: canaryCaller(), words: ['prescription', 'pharmacy', 'refill'] };
/** Speaks the suite's canary name and call-back number too (test/helpers/canaries.ts). */
export const DELIVERY_SENTENCE = canarySentence('calling about my prescription refill at the pharmacy');
/** Recipients of the delivery fault tests' mailbox (and one to add to it). */
export const ANN = { id: 'ann', email: 'ann@clinic.test' };
export const BEN = { id: 'ben', email: 'ben@clinic.test' };
export const CAT = { id: 'cat', email: 'cat@clinic.test' };
