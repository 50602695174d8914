/**
 * The quiz in class: the sets a facilitator can run (pre-test, post-test, one per sub-module), the
 * order their options appear in on the projector and on participants' devices (A–D), bar charts of
 * hand counts, and the class summary and class gain computed from collected result codes. Pure.
 */
import type { QuizItem } from '../schemas/quiz';
import { choiceShape } from './choice-shape';
import { gradeItem } from './exercises/grade';
import { seedFrom } from './exercises/shuffle';
import { partOrder, percent, POST_TEST, PRE_TEST, scoreAnswers } from './quiz';
import type { QuizCodeResult } from './quiz-code';

export interface ClassSetDef {
	id: string;
	/** Its number inside result codes (0 to 15). */
	index: number;
	/** The short quiz code participants type to open it: "PRE", "POST", "SM3". */
	code: string;
	/** For sub-module sets, the sub-module. */
	submodule?: number;
}

export const classSetId = (submodule: number) => `kelas-sub-modul-${submodule}`;

export function classSetDefs(submodules: readonly number[]): ClassSetDef[] {
	return [
		{ id: PRE_TEST, index: 0, code: 'PRE' },
		{ id: POST_TEST, index: 1, code: 'POST' },
		...submodules.map((n) => ({ id: classSetId(n), index: n + 1, code: `SM${n}`, submodule: n })),
	];
}

/** The set a typed quiz code names ("sm 3", "Pre") or undefined. */
export function findByCode<T extends { code: string }>(sets: readonly T[], text: string): T | undefined {
	const code = text.toUpperCase().replace(/[\s\-_.]/g, '');
	return code ? sets.find((s) => s.code === code) : undefined;
}

export const TRUE_PART = 'benar';
export const FALSE_PART = 'salah';

/** The fixed seed of a class set: the same on the projector and on every participant's device. */
export function classSeed(setId: string): number {
	return seedFrom(`kelas:${setId}`);
}

/**
 * The answer cards of a class question in order, A first: the options of a choice item in a seeded
 * order that is the same on every device, or "benar" and "salah" for a true/false item.
 */
export function cardOrder(setId: string, item: QuizItem): string[] {
	const shape = choiceShape(item);
	if ('problem' in shape) return [];
	return shape.kind === 'truefalse' ? [TRUE_PART, FALSE_PART] : partOrder(item, classSeed(setId));
}

/** The card ids that count as right: the right options, or "benar"/"salah". */
export function rightCards(item: QuizItem): string[] {
	if (item.type === 'single' || item.type === 'multiple') return item.options.filter((o) => o.correct).map((o) => o.id);
	if (item.type === 'truefalse' && item.statements.length === 1)
		return [item.statements[0]!.answer ? TRUE_PART : FALSE_PART];
	return [];
}

/** The cards an answer (in the exercise answer shape) picks. */
export function cardsOf(item: QuizItem, answer: unknown): string[] {
	const shape = choiceShape(item);
	if ('problem' in shape) return [];
	if (shape.kind === 'truefalse') {
		const judged =
			answer && typeof answer === 'object' ? (answer as Record<string, unknown>)[shape.statement] : undefined;
		return judged === true ? [TRUE_PART] : judged === false ? [FALSE_PART] : [];
	}
	if (shape.kind === 'single') return typeof answer === 'string' && shape.options.includes(answer) ? [answer] : [];
	return Array.isArray(answer) ? shape.options.filter((id) => answer.includes(id)) : [];
}

export interface Bar {
	id: string;
	count: number;
	/** Share of all counts, 0 to 1. */
	share: number;
}

/** Bars for counts per card, in card order. */
export function bars(
	order: readonly string[],
	counts: Readonly<Record<string, number>>,
): { bars: Bar[]; total: number } {
	const total = order.reduce((n, id) => n + (counts[id] ?? 0), 0);
	return {
		bars: order.map((id) => ({ id, count: counts[id] ?? 0, share: total > 0 ? (counts[id] ?? 0) / total : 0 })),
		total,
	};
}

export interface QuestionTally {
	itemId: string;
	/** Card id → how many participants picked it. */
	counts: Record<string, number>;
	/** Participants who left it unanswered. */
	none: number;
	/** Participants with full marks on it. */
	correct: number;
}

export interface ScoredResult {
	participant: number | null;
	score: number;
	max: number;
	percent: number;
}

export interface ClassSummary {
	count: number;
	/** Mean of the participants' percentages; null with no results. */
	averagePercent: number | null;
	questions: QuestionTally[];
	scored: ScoredResult[];
}

export function scoreResult(items: readonly QuizItem[], result: QuizCodeResult): ScoredResult {
	const { score, max } = scoreAnswers(items, result.answers);
	return { participant: result.participant, score, max, percent: percent(score, max) };
}

export function summarise(items: readonly QuizItem[], results: readonly QuizCodeResult[]): ClassSummary {
	const scored = results.map((r) => scoreResult(items, r));
	const questions = items.map((item) => {
		const tally: QuestionTally = { itemId: item.id, counts: {}, none: 0, correct: 0 };
		for (const r of results) {
			const cards = cardsOf(item, r.answers[item.id]);
			if (cards.length === 0) tally.none++;
			for (const id of cards) tally.counts[id] = (tally.counts[id] ?? 0) + 1;
			if (gradeItem(item, r.answers[item.id]).correct) tally.correct++;
		}
		return tally;
	});
	return { count: results.length, averagePercent: mean(scored.map((s) => s.percent)), questions, scored };
}

function mean(values: readonly number[]): number | null {
	return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export interface ClassGain {
	pre: { count: number; average: number };
	post: { count: number; average: number };
	/** Post average minus pre average, in percentage points. */
	difference: number;
	/** Participants who gave the same number on both tests: how many, and their mean gain. */
	matched: { count: number; average: number } | null;
}

/** The class's gain from pre-test to post-test; undefined until both have results. */
export function classGain(pre: readonly ScoredResult[], post: readonly ScoredResult[]): ClassGain | undefined {
	const a = mean(pre.map((s) => s.percent));
	const b = mean(post.map((s) => s.percent));
	if (a === null || b === null) return undefined;
	// A participant who handed in twice counts with their last result.
	const byNumber = (list: readonly ScoredResult[]) =>
		new Map(list.filter((s) => s.participant !== null).map((s) => [s.participant!, s.percent]));
	const before = byNumber(pre);
	const gains = [...byNumber(post)].filter(([n]) => before.has(n)).map(([n, p]) => p - before.get(n)!);
	return {
		pre: { count: pre.length, average: a },
		post: { count: post.length, average: b },
		difference: b - a,
		matched: gains.length > 0 ? { count: gains.length, average: mean(gains)! } : null,
	};
}
