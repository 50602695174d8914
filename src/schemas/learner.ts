import { object, text, Time, type Infer } from './guard';

/** Longest accepted text per field (the form's maxlength). */
export const LEARNER_LIMITS = { name: 120, nip: 40, agency: 160 } as const;

/**
 * Who the completion record is for, as the learner typed it on this device. Kept as an item of
 * the progress slice "learner" (key "peserta") so it moves with the progress file.
 */
export const LearnerSchema = object({
	/** Full name as it should appear on the record. */
	name: text(LEARNER_LIMITS.name),
	/** Civil-servant number (NIP), optional: empty when not given. */
	nip: text(LEARNER_LIMITS.nip),
	/** Agency or regional government (*instansi*), e.g. "Bappeda Provinsi NTB". */
	agency: text(LEARNER_LIMITS.agency),
	updatedAt: Time,
});

export type Learner = Infer<typeof LearnerSchema>;
