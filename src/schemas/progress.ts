import { z } from 'zod';

/** Milliseconds since the epoch. */
const Time = z.number().int().nonnegative();

/** A lesson the learner opened or marked done. Key: the page id, e.g. "sub-modul-1/sejarah-diplomasi". */
export const LessonMarkSchema = z.object({
	visitedAt: Time.optional(),
	doneAt: Time.nullable().optional(),
	updatedAt: Time,
});

/** The saved state of one exercise. Key: the exercise's stable id. */
export const ExerciseResultSchema = z.object({
	/** The learner's answer, in the exercise type's own JSON shape. */
	answer: z.unknown(),
	/** Points earned and available; both 0 for exercises that are not graded. */
	score: z.number().nonnegative(),
	max: z.number().nonnegative(),
	/** Whether the learner checked the answer (graded) or saved the work (open types). */
	completed: z.boolean(),
	attempts: z.number().int().nonnegative(),
	updatedAt: Time,
});

/** One attempt at a quiz. */
export const QuizAttemptSchema = z.object({
	startedAt: Time,
	finishedAt: Time.nullable(),
	seed: z.number().int(),
	itemIds: z.array(z.string()),
	answers: z.record(z.string(), z.unknown()),
	score: z.number().nonnegative(),
	max: z.number().nonnegative(),
	/** The participant number given in class (participant mode), carried in the result code. */
	participant: z.number().int().min(1).max(999).optional(),
});

/** All attempts at one quiz. Key: the quiz id ("pre-test", "sub-modul-3" …). */
export const QuizResultSchema = z.object({
	attempts: z.array(QuizAttemptSchema),
	updatedAt: Time,
});

/** One finished solo role-play game (*latihan mandiri*). */
export const RoleplayAttemptSchema = z.object({
	side: z.enum(['marvel', 'batman']),
	level: z.enum(['kooperatif', 'tegas', 'keras']),
	seed: z.number().int().nonnegative(),
	outcome: z.enum(['deal', 'learner-walked', 'counterpart-walked', 'time-up']),
	/** The agreed option per item, or null without agreement. */
	options: z.array(z.number().int().nonnegative()).nullable(),
	/** Points for the learner and for the computer counterpart. */
	learner: z.number().int(),
	counterpart: z.number().int(),
	/** Feedback keys that were met and missed, e.g. "prepOk", "tradeGap". */
	met: z.array(z.string()),
	missed: z.array(z.string()),
	finishedAt: Time,
});

/** All solo games on one scenario. Key: the scenario id ("pembangunan" …). */
export const RoleplayPracticeSchema = z.object({
	attempts: z.array(RoleplayAttemptSchema),
	updatedAt: Time,
});

export type LessonMark = z.output<typeof LessonMarkSchema>;
export type ExerciseResult = z.output<typeof ExerciseResultSchema>;
export type QuizAttempt = z.output<typeof QuizAttemptSchema>;
export type QuizResult = z.output<typeof QuizResultSchema>;
export type RoleplayAttempt = z.output<typeof RoleplayAttemptSchema>;
export type RoleplayPractice = z.output<typeof RoleplayPracticeSchema>;
