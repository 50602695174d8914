/**
 * $quizAttempts: every quiz attempt on this device (quiz id → attempts, each with its seed, items,
 * answers and score), in the `quizzes` progress slice. The progress page reads it from here.
 */
import { answerAttempt, beginAttempt, finishAttempt, quizzesSlice, type NewAttempt } from '../engine/quiz-attempts';
import { createSliceStore } from './slice-store';

const slice = createSliceStore(quizzesSlice);

export const $quizAttempts = slice.store;

export function startQuizAttempt(quizId: string, attempt: NewAttempt, now = Date.now()): number {
	slice.update((items) => beginAttempt(items, quizId, attempt, now));
	return now;
}

export function saveQuizAnswer(
	quizId: string,
	startedAt: number,
	itemId: string,
	answer: unknown,
	now = Date.now(),
): void {
	slice.update((items) => answerAttempt(items, quizId, startedAt, itemId, answer, now));
}

export function finishQuizAttempt(
	quizId: string,
	startedAt: number,
	score: { score: number; max: number },
	answers: Record<string, unknown> = {},
	now = Date.now(),
): void {
	slice.update((items) => finishAttempt(items, quizId, startedAt, score, now, answers));
}
