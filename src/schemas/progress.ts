// The learner's progress items read back from storage and imported files in the browser (see
// ./guard.ts). Quiz attempts and solo role-play games have their own files, so that a lesson page
// does not download their checks.
import { boolean, int, nullable, number, object, optional, Time, unknown, type Infer } from './guard';

const Points = number(0);
const Count = int(0);

/** A lesson the learner opened or marked done. Key: the page id, e.g. "sub-modul-1/sejarah-diplomasi". */
export const LessonMarkSchema = object({
	visitedAt: optional(Time),
	doneAt: optional(nullable(Time)),
	updatedAt: Time,
});

/** The saved state of one exercise. Key: the exercise's stable id. */
export const ExerciseResultSchema = object({
	/** The learner's answer, in the exercise type's own JSON shape. */
	answer: unknown(),
	/** Points earned and available; both 0 for exercises that are not graded. */
	score: Points,
	max: Points,
	/** Whether the learner checked the answer (graded) or saved the work (open types). */
	completed: boolean(),
	attempts: Count,
	updatedAt: Time,
});

export type LessonMark = Infer<typeof LessonMarkSchema>;
export type ExerciseResult = Infer<typeof ExerciseResultSchema>;
export type { QuizAttempt, QuizResult } from './quiz-result';
export type { RoleplayAttempt, RoleplayPractice } from './roleplay-practice';
