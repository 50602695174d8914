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
});

/** All attempts at one quiz. Key: the quiz id ("pre-test", "sub-modul-3" …). */
export const QuizResultSchema = z.object({
	attempts: z.array(QuizAttemptSchema),
	updatedAt: Time,
});

export type LessonMark = z.output<typeof LessonMarkSchema>;
export type ExerciseResult = z.output<typeof ExerciseResultSchema>;
export type QuizResult = z.output<typeof QuizResultSchema>;
