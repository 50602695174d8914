/** The learner's identity for the completion record, kept as a progress slice (see progress.ts). */
import type { SliceSpec } from './progress';
import { LearnerSchema, type Learner } from '../schemas/learner';

/** Who the completion record is for; a single item under the key "peserta". */
export const learnerSlice: SliceSpec<Learner> = {
	name: 'learner',
	label: 'identitas peserta',
	version: 1,
	item: LearnerSchema,
};
