import { describe, expect, it } from 'vitest';
import {
	allocate,
	assembleTests,
	attemptOrder,
	formatPercent,
	gain,
	learnerGain,
	partOrder,
	percent,
	scoreAnswers,
	shownAnswer,
	TEST_SIZE,
	unanswered,
	untouchedOrders,
} from '../../src/engine/quiz';
import type { QuizResult } from '../../src/schemas/progress';
import { multiple, ordering, single, truefalse } from '../fixtures/quiz-items';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocate: shares in proportion', () => {
	it('splits evenly between equal weights', () => {
		expect(allocate([90, 90, 90, 90, 90], 20)).toEqual([4, 4, 4, 4, 4]);
	});

	it('follows unequal weights and always sums to the total', () => {
		expect(allocate([1, 2, 1], 20)).toEqual([5, 10, 5]);
		expect(allocate([45, 90, 135], 20)).toEqual([3, 7, 10]);
		for (const total of [0, 1, 7, 19, 20, 33]) expect(sum(allocate([3, 1, 4, 1, 5], total))).toBe(total);
	});

	it('gives a remainder to the largest fraction, a tie to the earlier entry', () => {
		expect(allocate([1, 1, 1], 20)).toEqual([7, 7, 6]);
		expect(allocate([1, 2], 4)).toEqual([1, 3]);
	});

	it('never gives more than is available, and shares the rest among the others', () => {
		expect(allocate([1, 1, 1, 1, 1], 20, [2, 10, 10, 10, 10])).toEqual([2, 5, 5, 4, 4]);
		expect(allocate([1, 1], 20, [3, 4])).toEqual([3, 4]);
	});

	it('gives nothing to a weight of zero', () => {
		expect(allocate([0, 1], 5)).toEqual([0, 5]);
	});

	it('refuses negative weights', () => {
		expect(() => allocate([-1, 1], 5)).toThrow(RangeError);
	});
});

describe('assembleTests: the fixed pre-test and post-test', () => {
	const pools = [1, 2, 3, 4, 5].map((n) => ({
		submodule: n,
		weight: 90,
		itemIds: Array.from({ length: 10 }, (_, i) => `k${n}-${i}`),
	}));

	it('takes 20 items each, four from each of five equal sub-modules', () => {
		const { pre, post } = assembleTests(pools);
		expect(pre).toHaveLength(TEST_SIZE);
		expect(post).toHaveLength(TEST_SIZE);
		for (const n of [1, 2, 3, 4, 5]) {
			expect(pre.filter((id) => id.startsWith(`k${n}-`))).toHaveLength(4);
			expect(post.filter((id) => id.startsWith(`k${n}-`))).toHaveLength(4);
		}
	});

	it('shares no item between pre-test and post-test when the banks allow it', () => {
		const { pre, post, shared } = assembleTests(pools);
		expect(shared).toEqual([]);
		expect(pre.filter((id) => post.includes(id))).toEqual([]);
	});

	it('reuses pre-test items in the post-test only when a bank is too small', () => {
		const small = pools.map((p, i) => (i === 0 ? { ...p, itemIds: p.itemIds.slice(0, 6) } : p));
		const { pre, post, shared } = assembleTests(small);
		expect(post).toHaveLength(TEST_SIZE);
		expect(shared).toHaveLength(2);
		expect(shared.every((id) => pre.includes(id) && post.includes(id))).toBe(true);
	});

	it('follows the weights: a sub-module with double the minutes gets double the items', () => {
		const weighted = pools.map((p, i) => ({ ...p, weight: i === 0 ? 180 : 90 }));
		const { pre } = assembleTests(weighted);
		expect(pre.filter((id) => id.startsWith('k1-'))).toHaveLength(7);
	});

	it('is the same every time (a fixed seed), grouped by sub-module in course order', () => {
		expect(assembleTests(pools)).toEqual(assembleTests(pools));
		const { pre } = assembleTests(pools);
		expect(pre.map((id) => id.slice(0, 2))).toEqual([...pre.map((id) => id.slice(0, 2))].sort());
	});
});

describe('seeded order', () => {
	const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);

	it('gives the same order for the same seed and another for a new seed', () => {
		expect(attemptOrder(ids, 42)).toEqual(attemptOrder(ids, 42));
		expect(attemptOrder(ids, 42)).not.toEqual(attemptOrder(ids, 43));
		expect([...attemptOrder(ids, 42)].sort()).toEqual([...ids].sort());
	});

	it('shuffles options per item, so two items do not share one pattern', () => {
		const a = single('x1');
		const b = single('x2');
		expect(partOrder(a, 7)).toEqual(partOrder(a, 7));
		const patterns = new Set(Array.from({ length: 10 }, (_, i) => partOrder(single(`y${i}`), 7).join('')));
		expect(patterns.size).toBeGreaterThan(1);
		expect([...partOrder(b, 7)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('scoring', () => {
	const items = [single('s1'), multiple('m1'), truefalse('t1'), ordering('o1')];

	it('adds the exercise grades: one per single, one per right option, one per statement and step', () => {
		const score = scoreAnswers(items, { s1: 'b', m1: ['a', 'c'], t1: { s: true }, o1: ['satu', 'dua', 'tiga'] });
		expect(score).toMatchObject({ score: 7, max: 7 });
		expect(score.grades.s1!.correct).toBe(true);
	});

	it('scores missing and malformed answers as zero, never throwing', () => {
		const score = scoreAnswers(items, { s1: 42, m1: 'a', t1: null });
		expect(score).toMatchObject({ score: 0, max: 7 });
	});

	it('takes off a wrong pick in multiple choice', () => {
		expect(scoreAnswers([multiple('m1')], { m1: ['a', 'b'] }).score).toBe(0);
		expect(scoreAnswers([multiple('m1')], { m1: ['a', 'b', 'c'] }).score).toBe(1);
	});

	it('turns a score into a percentage', () => {
		expect(percent(3, 4)).toBe(75);
		expect(percent(0, 0)).toBe(0);
		expect(formatPercent(200 / 3)).toBe('67');
	});
});

describe('gain', () => {
	it('is the difference in percentage points, and the share of the possible gain', () => {
		expect(gain({ score: 10, max: 20 }, { score: 15, max: 20 })).toEqual({
			pre: 50,
			post: 75,
			points: 25,
			normalised: 0.5,
		});
	});

	it('can be negative, and has no normalised gain after a perfect pre-test', () => {
		expect(gain({ score: 20, max: 20 }, { score: 18, max: 20 })).toEqual({
			pre: 100,
			post: 90,
			points: -10,
			normalised: null,
		});
	});

	it('compares the first finished pre-test with the latest finished post-test', () => {
		const attempt = (score: number, finishedAt: number | null) => ({
			startedAt: 1,
			finishedAt,
			seed: 1,
			itemIds: [],
			answers: {},
			score,
			max: 20,
		});
		const results: Record<string, QuizResult> = {
			'pre-test': { attempts: [attempt(8, 10), attempt(18, 20)], updatedAt: 20 },
			'post-test': { attempts: [attempt(12, 30), attempt(16, 40), attempt(0, null)], updatedAt: 40 },
		};
		expect(learnerGain(results)).toMatchObject({ pre: 40, post: 80, points: 40 });
	});

	it('has no learner gain until both tests are finished', () => {
		expect(learnerGain({})).toBeUndefined();
		expect(
			learnerGain({
				'pre-test': {
					attempts: [{ startedAt: 1, finishedAt: 2, seed: 1, itemIds: [], answers: {}, score: 1, max: 2 }],
					updatedAt: 2,
				},
			}),
		).toBeUndefined();
	});
});

describe('answers as shown', () => {
	const o = ordering('o1');
	const s = single('s1');

	it('shows an ordering item shuffled away from the right order until the learner moves it', () => {
		const start = shownAnswer(o, {}, 5) as string[];
		expect([...start].sort()).toEqual(['dua', 'satu', 'tiga']);
		expect(start).not.toEqual(['satu', 'dua', 'tiga']);
		expect(shownAnswer(o, {}, 5)).toEqual(start);
		expect(shownAnswer(o, { o1: ['tiga', 'dua', 'satu'] }, 5)).toEqual(['tiga', 'dua', 'satu']);
		expect(shownAnswer(s, {}, 5)).toBeNull();
	});

	it('counts untouched and empty answers as unanswered, and keeps the shown order of untouched orderings', () => {
		expect(unanswered([o, s], { s1: 'a' }).map((i) => i.id)).toEqual(['o1']);
		expect(unanswered([o, s], { s1: null, o1: ['satu', 'dua', 'tiga'] }).map((i) => i.id)).toEqual(['s1']);
		expect(untouchedOrders([o, s], {}, 5)).toEqual({ o1: shownAnswer(o, {}, 5) });
		expect(untouchedOrders([o, s], { o1: ['satu'] }, 5)).toEqual({});
	});
});
