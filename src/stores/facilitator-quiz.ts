/**
 * $facilitatorQuiz: the facilitator's projector quiz on this device (set, question, countdown, hand
 * counts, collected result codes), so a reload or a sleeping laptop loses nothing.
 */
import {
	chooseSet,
	clearCodes,
	clearHandCounts,
	collectCode,
	controlTimer,
	goToQuestion,
	newFacilitatorQuiz,
	removeCode,
	setHandCount,
	setRevealed,
	setSeconds,
	type TimerAction,
} from '../engine/facilitator-quiz';
import type { CodeSet, QuizCodeResult } from '../engine/quiz-code';
import { FacilitatorQuizSchema, type FacilitatorQuiz } from '../schemas/facilitator-quiz';
import { createRecordStore } from './record-store';

const record = createRecordStore<FacilitatorQuiz>(
	{ name: 'facilitator-quiz', label: 'kuis fasilitator', version: 1, schema: FacilitatorQuizSchema },
	() => newFacilitatorQuiz(0),
);

export const $facilitatorQuiz = record.store;
export const FACILITATOR_QUIZ_KEY = record.key;

function change(next: (state: FacilitatorQuiz) => FacilitatorQuiz): void {
	$facilitatorQuiz.set(next($facilitatorQuiz.get()));
}

export function runSet(setId: string, now = Date.now()): void {
	change((s) => chooseSet(s, setId, now));
}

export function showQuestion(index: number, count: number, now = Date.now()): void {
	change((s) => goToQuestion(s, index, count, now));
}

export function revealAnswer(revealed: boolean, now = Date.now()): void {
	change((s) => setRevealed(s, revealed, now));
}

export function setQuestionSeconds(seconds: number, now = Date.now()): void {
	change((s) => setSeconds(s, seconds, now));
}

export function questionTimer(action: TimerAction, now = Date.now()): void {
	change((s) => controlTimer(s, action, now));
}

export function countHands(setId: string, itemId: string, cardId: string, count: number, now = Date.now()): void {
	change((s) => setHandCount(s, setId, itemId, cardId, count, now));
}

export function resetHands(setId: string, itemId: string, now = Date.now()): void {
	change((s) => clearHandCounts(s, setId, itemId, now));
}

export type CollectOutcome = { ok: true; result: QuizCodeResult; replaced: boolean } | { ok: false; error: string };

/** Adds a typed or scanned code; nothing changes when it is refused. */
export function collectQuizCode(
	text: string,
	sets: readonly CodeSet[],
	setId: string,
	now = Date.now(),
): CollectOutcome {
	const outcome = collectCode($facilitatorQuiz.get(), text, sets, setId, now);
	if (!outcome.ok) return outcome;
	$facilitatorQuiz.set(outcome.state);
	return { ok: true, result: outcome.result, replaced: outcome.replaced };
}

export function discardQuizCode(setId: string, code: string, now = Date.now()): void {
	change((s) => removeCode(s, setId, code, now));
}

export function clearQuizCodes(setId: string, now = Date.now()): void {
	change((s) => clearCodes(s, setId, now));
}
