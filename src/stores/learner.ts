/** $learner: the name, NIP and agency the learner typed for the completion record, on this device. */
import { learnerSlice } from '../engine/learner';
import { LEARNER_LIMITS, type Learner } from '../schemas/learner';
import { createSliceStore } from './slice-store';

/** The one item of the slice. */
export const LEARNER_ID = 'peserta';

const slice = createSliceStore(learnerSlice);

export const $learner = slice.store;

export function saveLearner(details: Omit<Learner, 'updatedAt'>, now = Date.now()): void {
	const { name, nip, agency } = details;
	const fitted = { name: name.slice(0, LEARNER_LIMITS.name), nip: nip.slice(0, LEARNER_LIMITS.nip), agency: agency.slice(0, LEARNER_LIMITS.agency) };
	slice.update((items) => ({ ...items, [LEARNER_ID]: { ...fitted, updatedAt: now } }));
}
