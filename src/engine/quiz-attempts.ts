/**
 * The learner's quiz attempts as saved in the `quizzes` progress slice (quiz id → all attempts):
 * pure changes for the $quizAttempts store. An attempt is saved from its first answer on, so a
 * reload resumes it; `finishedAt` is null until the learner hands it in.
 */
import { mergeAttempts, type Items, type SliceSpec } from './progress';
import { QuizResultSchema, type QuizAttempt, type QuizResult } from '../schemas/quiz-result';

export const quizzesSlice: SliceSpec<QuizResult> = {
	name: 'quizzes',
	label: 'hasil kuis',
	version: 1,
	item: QuizResultSchema,
	mergeItem: (a, b) => mergeAttempts(a, b, (attempt) => attempt.startedAt),
};

/** Attempts kept per quiz; the oldest finished ones beyond this are dropped, except the first finished
 * attempt, which is the learner's real pre-test. */
export const MAX_ATTEMPTS = 30;

export interface NewAttempt {
	seed: number;
	/** The items in the order this attempt shows them. */
	itemIds: string[];
	participant?: number;
}

/** The attempt still in progress, if any (always the last one). */
export function openAttempt(result: QuizResult | undefined): QuizAttempt | undefined {
	const last = result?.attempts.at(-1);
	return last && last.finishedAt === null ? last : undefined;
}

function cap(attempts: QuizAttempt[]): QuizAttempt[] {
	if (attempts.length <= MAX_ATTEMPTS) return attempts;
	const first = attempts.findIndex((a) => a.finishedAt !== null);
	const keep = new Set(attempts.map((_, i) => i).slice(-MAX_ATTEMPTS + (first >= 0 ? 1 : 0)));
	if (first >= 0) keep.add(first);
	return attempts.filter((_, i) => keep.has(i));
}

/** Starts an attempt; an unfinished one is discarded (the learner chose to start over). */
export function beginAttempt(
	items: Items<QuizResult>,
	quizId: string,
	attempt: NewAttempt,
	now: number,
): Items<QuizResult> {
	const previous = (items[quizId]?.attempts ?? []).filter((a) => a.finishedAt !== null);
	const started: QuizAttempt = {
		startedAt: now,
		finishedAt: null,
		seed: attempt.seed,
		itemIds: [...attempt.itemIds],
		answers: {},
		score: 0,
		max: 0,
		...(attempt.participant ? { participant: attempt.participant } : {}),
	};
	return { ...items, [quizId]: { attempts: cap([...previous, started]), updatedAt: now } };
}

function changeOpen(
	items: Items<QuizResult>,
	quizId: string,
	startedAt: number,
	change: (a: QuizAttempt) => QuizAttempt,
	now: number,
): Items<QuizResult> {
	const result = items[quizId];
	const open = openAttempt(result);
	// Another tab may have finished or replaced the attempt: then there is nothing to change.
	if (!result || !open || open.startedAt !== startedAt) return items;
	return { ...items, [quizId]: { attempts: [...result.attempts.slice(0, -1), change(open)], updatedAt: now } };
}

export function answerAttempt(
	items: Items<QuizResult>,
	quizId: string,
	startedAt: number,
	itemId: string,
	answer: unknown,
	now: number,
): Items<QuizResult> {
	return changeOpen(items, quizId, startedAt, (a) => ({ ...a, answers: { ...a.answers, [itemId]: answer } }), now);
}

/** Hands the attempt in with its score; `answers` adds what was scored but never changed (an ordering left as shown). */
export function finishAttempt(
	items: Items<QuizResult>,
	quizId: string,
	startedAt: number,
	score: { score: number; max: number },
	now: number,
	answers: Readonly<Record<string, unknown>> = {},
): Items<QuizResult> {
	return changeOpen(
		items,
		quizId,
		startedAt,
		(a) => ({ ...a, answers: { ...answers, ...a.answers }, finishedAt: now, score: score.score, max: score.max }),
		now,
	);
}
