// A learner's quiz attempts as saved in the progress slice "quizzes" (see ./guard.ts).
import { array, int, nullable, number, object, optional, record, text, Time, unknown, type Infer } from './guard';

/** One attempt at a quiz. */
export const QuizAttemptSchema = object({
	startedAt: Time,
	finishedAt: nullable(Time),
	seed: int(),
	itemIds: array(text()),
	answers: record(text(), unknown()),
	score: number(0),
	max: number(0),
	/** The participant number given in class (participant mode), carried in the result code. */
	participant: optional(int(1, 999)),
});

/** All attempts at one quiz. Key: the quiz id ("pre-test", "sub-modul-3" …). */
export const QuizResultSchema = object({
	attempts: array(QuizAttemptSchema),
	updatedAt: Time,
});

export type QuizAttempt = Infer<typeof QuizAttemptSchema>;
export type QuizResult = Infer<typeof QuizResultSchema>;
