import { z } from 'zod';

/** Longest accepted text per field (the form's maxlength). */
export const LEARNER_LIMITS = { name: 120, nip: 40, agency: 160 } as const;

/**
 * Who the completion record is for, as the learner typed it on this device. Kept as an item of
 * the progress slice "learner" (key "peserta") so it moves with the progress file.
 */
export const LearnerSchema = z.object({
	/** Full name as it should appear on the record. */
	name: z.string().max(LEARNER_LIMITS.name),
	/** Civil-servant number (NIP), optional: empty when not given. */
	nip: z.string().max(LEARNER_LIMITS.nip),
	/** Agency or regional government (*instansi*), e.g. "Bappeda Provinsi NTB". */
	agency: z.string().max(LEARNER_LIMITS.agency),
	/** Milliseconds since the epoch. */
	updatedAt: z.number().int().nonnegative(),
});

export type Learner = z.output<typeof LearnerSchema>;
