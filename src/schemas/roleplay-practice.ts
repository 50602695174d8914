// A learner's solo role-play games as saved in the progress slice "roleplay" (see ./guard.ts).
import { array, int, nullable, object, oneOf, text, Time, type Infer } from './guard';

/** One finished solo role-play game (*latihan mandiri*). */
export const RoleplayAttemptSchema = object({
	side: oneOf(['marvel', 'batman']),
	level: oneOf(['kooperatif', 'tegas', 'keras']),
	seed: int(0),
	outcome: oneOf(['deal', 'learner-walked', 'counterpart-walked', 'time-up']),
	/** The agreed option per item, or null without agreement. */
	options: nullable(array(int(0))),
	/** Points for the learner and for the computer counterpart. */
	learner: int(),
	counterpart: int(),
	/** Feedback keys that were met and missed, e.g. "prepOk", "tradeGap". */
	met: array(text()),
	missed: array(text()),
	finishedAt: Time,
});

/** All solo games on one scenario. Key: the scenario id ("pembangunan" …). */
export const RoleplayPracticeSchema = object({
	attempts: array(RoleplayAttemptSchema),
	updatedAt: Time,
});

export type RoleplayAttempt = Infer<typeof RoleplayAttemptSchema>;
export type RoleplayPractice = Infer<typeof RoleplayPracticeSchema>;
