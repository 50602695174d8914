/**
 * Quizzes: assembling the pre-test and post-test from the sub-module banks, the seeded order of an
 * attempt, scoring, and the gain from pre-test to post-test. Pure functions; grading itself is the
 * exercise engine's (engine/exercises/grade.ts), since quiz items are exercise items.
 */
import type { QuizItem } from '../schemas/quiz';
import type { QuizAttempt, QuizResult } from '../schemas/progress';
import { displayOrder, gradeItem, isAnswered, startAnswer, type Grade } from './exercises/grade';
import { seedFrom, shuffle } from './exercises/shuffle';

/** Items in the module-wide pre-test and post-test. */
export const TEST_SIZE = 20;

/** Quiz ids as saved in the `quizzes` progress slice. */
export const PRE_TEST = 'pre-test';
export const POST_TEST = 'post-test';
export const bankQuizId = (submodule: number) => `sub-modul-${submodule}`;

/**
 * Splits `total` in proportion to `weights` (largest remainder; ties go to the earlier entry),
 * never giving an entry more than `available[i]`; what a capped entry cannot take is shared among
 * the others. The result sums to `total`, or to everything available when that is less.
 */
export function allocate(
	weights: readonly number[],
	total: number,
	available: readonly number[] = weights.map(() => Infinity),
): number[] {
	if (weights.some((w) => !(w >= 0)) || available.length !== weights.length)
		throw new RangeError('weights must be ≥ 0, one limit per weight');
	const counts = weights.map(() => 0);
	let open = weights.map((w, i) => (w > 0 && available[i]! > 0 ? i : -1)).filter((i) => i >= 0);
	let left = Math.min(
		total,
		open.reduce((n, i) => n + available[i]!, 0),
	);
	while (left > 0 && open.length > 0) {
		const sum = open.reduce((n, i) => n + weights[i]!, 0);
		const quota = new Map(open.map((i) => [i, (left * weights[i]!) / sum]));
		const share = new Map(open.map((i) => [i, Math.floor(quota.get(i)!)]));
		let rest = left - [...share.values()].reduce((a, b) => a + b, 0);
		for (const i of [...open].sort(
			(a, b) => quota.get(b)! - share.get(b)! - (quota.get(a)! - share.get(a)!) || a - b,
		)) {
			if (rest === 0) break;
			share.set(i, share.get(i)! + 1);
			rest--;
		}
		const capped = open.filter((i) => counts[i]! + share.get(i)! >= available[i]!);
		if (capped.length === 0) {
			for (const i of open) counts[i] = counts[i]! + share.get(i)!;
			break;
		}
		// Fill the capped entries to their limit, then share what remains among the rest.
		for (const i of capped) {
			left -= available[i]! - counts[i]!;
			counts[i] = available[i]!;
		}
		open = open.filter((i) => !capped.includes(i));
	}
	return counts;
}

/** The items one bank offers to the tests: its facilitator items, in bank order. */
export interface BankPool {
	submodule: number;
	/** The bank's share of the tests, e.g. the session's minutes. */
	weight: number;
	itemIds: readonly string[];
}

export interface TestPair {
	pre: string[];
	post: string[];
	/** Items in both tests: only when a bank has too few items for two separate sets. */
	shared: string[];
}

/**
 * The fixed pre-test and post-test: each bank gives both tests its share of `size` items, drawn in a
 * seeded order so that the pre-test and the post-test share no item while the bank has enough.
 * Items stay grouped by sub-module, in course order.
 */
export function assembleTests(
	pools: readonly BankPool[],
	size = TEST_SIZE,
	seed = seedFrom('paradiplomasi:tes'),
): TestPair {
	const counts = allocate(
		pools.map((p) => p.weight),
		size,
		pools.map((p) => p.itemIds.length),
	);
	const pair: TestPair = { pre: [], post: [], shared: [] };
	pools.forEach((pool, i) => {
		const n = counts[i]!;
		const drawn = shuffle(pool.itemIds, (seed ^ pool.submodule) >>> 0);
		const pre = drawn.slice(0, n);
		const post = drawn.slice(n, 2 * n);
		const shared = pre.slice(0, n - post.length);
		pair.pre.push(...pre);
		pair.post.push(...post, ...shared);
		pair.shared.push(...shared);
	});
	return pair;
}

/** A fresh seed for a new attempt. */
export function newSeed(random: () => number = Math.random): number {
	return Math.floor(random() * 2 ** 31);
}

/** The order an attempt shows its items in. */
export function attemptOrder(itemIds: readonly string[], seed: number): string[] {
	return shuffle(itemIds, seed);
}

/** One item's own seed within an attempt, so two items never share a pattern. */
export function itemSeed(seed: number, itemId: string): number {
	return (seed ^ seedFrom(itemId)) >>> 0;
}

/** The order of an item's options (statements, right-hand texts) in an attempt or a class set. */
export function partOrder(item: QuizItem, seed: number): string[] {
	return displayOrder(item, itemSeed(seed, item.id));
}

/** The answer as the learner sees it: what they gave, or the item's starting state (an ordering
 * item starts shuffled, and that order counts if they leave it). */
export function shownAnswer(item: QuizItem, answers: Readonly<Record<string, unknown>>, seed: number): unknown {
	return item.id in answers ? answers[item.id] : startAnswer(item, itemSeed(seed, item.id));
}

/** The items the learner has not answered yet (an ordering left untouched counts as unanswered). */
export function unanswered(items: readonly QuizItem[], answers: Readonly<Record<string, unknown>>): QuizItem[] {
	return items.filter((item) => !(item.id in answers) || !isAnswered(item, answers[item.id]));
}

/** The starting orders of ordering items the learner left as shown, to be saved with the attempt. */
export function untouchedOrders(
	items: readonly QuizItem[],
	answers: Readonly<Record<string, unknown>>,
	seed: number,
): Record<string, unknown> {
	return Object.fromEntries(
		items.filter((i) => i.type === 'ordering' && !(i.id in answers)).map((i) => [i.id, shownAnswer(i, answers, seed)]),
	);
}

export interface Score {
	score: number;
	max: number;
	/** Item id → its grade. */
	grades: Record<string, Grade>;
}

/** Scores answers (item id → answer) for the given items; a missing or malformed answer scores 0. */
export function scoreAnswers(items: readonly QuizItem[], answers: Readonly<Record<string, unknown>>): Score {
	const grades: Record<string, Grade> = {};
	let score = 0;
	let max = 0;
	for (const item of items) {
		const grade = gradeItem(item, answers[item.id]);
		grades[item.id] = grade;
		score += grade.score;
		max += grade.max;
	}
	return { score, max, grades };
}

/** A score as a percentage, 0 when there is nothing to score. */
export function percent(score: number, max: number): number {
	return max > 0 ? (100 * score) / max : 0;
}

/** A percentage for people: whole numbers, "67" not "66.666…". */
export function formatPercent(value: number): string {
	return String(Math.round(value));
}

export interface Gain {
	/** Percentages of the two results. */
	pre: number;
	post: number;
	/** Post minus pre, in percentage points. */
	points: number;
	/** The share of what could still be gained that was gained: (post − pre) / (100 − pre); null when the pre-test was already full marks. */
	normalised: number | null;
}

export function gain(pre: { score: number; max: number }, post: { score: number; max: number }): Gain {
	const a = percent(pre.score, pre.max);
	const b = percent(post.score, post.max);
	return { pre: a, post: b, points: b - a, normalised: a >= 100 ? null : (b - a) / (100 - a) };
}

export function finishedAttempts(result: QuizResult | undefined): QuizAttempt[] {
	return (result?.attempts ?? []).filter((a) => a.finishedAt !== null);
}

/**
 * The learner's own gain: the FIRST finished pre-test (what they knew before the course; a retry
 * after studying would no longer be a pre-test) against the LATEST finished post-test.
 */
export function learnerGain(
	results: Readonly<Record<string, QuizResult>>,
): (Gain & { preAttempt: QuizAttempt; postAttempt: QuizAttempt }) | undefined {
	const pre = finishedAttempts(results[PRE_TEST])[0];
	const post = finishedAttempts(results[POST_TEST]).at(-1);
	if (!pre || !post) return undefined;
	return { ...gain(pre, post), preAttempt: pre, postAttempt: post };
}
