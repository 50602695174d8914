/**
 * Grading of the graded item types, shared by exercises and quizzes. Pure functions.
 *
 * `gradeItem(item, answer)` takes the answer as `unknown` because answers come back from storage,
 * files and quiz attempts: an answer that does not fit the item's answer shape counts as empty
 * (score 0), never as an error. Points: one per part (statement, step, pair, card), one per right
 * option for multiple choice (less one per wrong pick); single choice and short answer are worth
 * one point. `perPart` tells which parts are right, for marking them.
 */
import type { GradedItem, GradedItemOf, GradedType } from '../../schemas/exercise';
import { AnswerSchemas, type AnswerOf } from '../../schemas/exercise-answer';
import { matchesAccepted, normaliseAnswer } from './text';

// Presentation order lives in its own module (no zod) for the islands' readable view; re-exported
// here so that graders and quizzes find everything about an item in one place.
export { displayOrder, startAnswer } from './order';

export interface Grade {
	score: number;
	max: number;
	/** Full marks. */
	correct: boolean;
	/** Part id → whether that part is right (options, statements, steps, pairs, cards). */
	perPart?: Record<string, boolean>;
}

/** The answer in the item type's shape, or undefined when it does not fit (or is missing). */
export function readAnswer<T extends GradedType>(item: GradedItemOf<T>, answer: unknown): AnswerOf[T] | undefined {
	const parsed = AnswerSchemas[item.type as T].safeParse(answer);
	return parsed.success ? (parsed.data as AnswerOf[T]) : undefined;
}

function countParts(perPart: Record<string, boolean>): Grade {
	const values = Object.values(perPart);
	const score = values.filter(Boolean).length;
	return { score, max: values.length, correct: score === values.length, perPart };
}

export function gradeItem(item: GradedItem, answer: unknown): Grade {
	switch (item.type) {
		case 'single': {
			const chosen = readAnswer(item, answer);
			const right = item.options.find((o) => o.correct)!.id;
			const score = chosen === right ? 1 : 0;
			const perPart = Object.fromEntries(item.options.map((o) => [o.id, (chosen === o.id) === o.correct]));
			return { score, max: 1, correct: score === 1, perPart };
		}
		case 'multiple': {
			// Each pick counts once; a wrong pick cancels a right one, never below zero.
			const chosen = new Set(readAnswer(item, answer) ?? []);
			const perPart = Object.fromEntries(item.options.map((o) => [o.id, chosen.has(o.id) === o.correct]));
			const hits = item.options.filter((o) => o.correct && chosen.has(o.id)).length;
			const misses = item.options.filter((o) => !o.correct && chosen.has(o.id)).length;
			const max = item.options.filter((o) => o.correct).length;
			const score = Math.max(0, hits - misses);
			return { score, max, correct: hits === max && misses === 0, perPart };
		}
		case 'truefalse': {
			const judged = readAnswer(item, answer) ?? {};
			return countParts(Object.fromEntries(item.statements.map((s) => [s.id, judged[s.id] === s.answer])));
		}
		case 'ordering': {
			// A step earns its point when it stands in its own position.
			const order = readAnswer(item, answer) ?? [];
			return countParts(Object.fromEntries(item.steps.map((s, i) => [s.id, order[i] === s.id])));
		}
		case 'matching': {
			const chosen = readAnswer(item, answer) ?? {};
			return countParts(Object.fromEntries(item.pairs.map((p) => [p.id, chosen[p.id] === p.id])));
		}
		case 'sorting': {
			const placed = readAnswer(item, answer) ?? {};
			return countParts(Object.fromEntries(item.cards.map((c) => [c.id, placed[c.id] === c.category])));
		}
		case 'shortanswer': {
			const score = matchesAccepted(readAnswer(item, answer) ?? '', item.accepted) ? 1 : 0;
			return { score, max: 1, correct: score === 1, perPart: { [item.id]: score === 1 } };
		}
	}
}

/** Whether the learner has given any answer at all (checking an empty answer is refused). */
export function isAnswered(item: GradedItem, answer: unknown): boolean {
	switch (item.type) {
		case 'single': {
			const chosen = readAnswer(item, answer);
			return item.options.some((o) => o.id === chosen);
		}
		case 'multiple': {
			const chosen = readAnswer(item, answer) ?? [];
			return item.options.some((o) => chosen.includes(o.id));
		}
		case 'truefalse': {
			const judged = readAnswer(item, answer) ?? {};
			return item.statements.some((s) => typeof judged[s.id] === 'boolean');
		}
		case 'ordering': {
			const order = readAnswer(item, answer) ?? [];
			return order.length === item.steps.length && item.steps.every((s) => order.includes(s.id));
		}
		case 'matching': {
			const chosen = readAnswer(item, answer) ?? {};
			return item.pairs.some((p) => chosen[p.id] !== undefined);
		}
		case 'sorting': {
			const placed = readAnswer(item, answer) ?? {};
			return item.cards.some((c) => placed[c.id] !== undefined);
		}
		case 'shortanswer':
			return normaliseAnswer(readAnswer(item, answer) ?? '') !== '';
	}
}

/** The right answer, in the answer shape (for "show the right answer"). */
export function solution<T extends GradedType>(item: GradedItemOf<T>): AnswerOf[T];
export function solution(item: GradedItem): AnswerOf[GradedType];
export function solution(item: GradedItem): AnswerOf[GradedType] {
	switch (item.type) {
		case 'single':
			return item.options.find((o) => o.correct)!.id;
		case 'multiple':
			return item.options.filter((o) => o.correct).map((o) => o.id);
		case 'truefalse':
			return Object.fromEntries(item.statements.map((s) => [s.id, s.answer]));
		case 'ordering':
			return item.steps.map((s) => s.id);
		case 'matching':
			return Object.fromEntries(item.pairs.map((p) => [p.id, p.id]));
		case 'sorting':
			return Object.fromEntries(item.cards.map((c) => [c.id, c.category]));
		case 'shortanswer':
			return item.accepted[0]!;
	}
}
