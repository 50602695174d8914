import { describe, expect, it } from 'vitest';
import { answerAttempt, beginAttempt, finishAttempt, MAX_ATTEMPTS, openAttempt, quizzesSlice } from '../../src/engine/quiz-attempts';
import { decodeSlice, encodeSlice } from '../../src/engine/progress';

describe('quiz attempts', () => {
	it('saves an attempt from its start, with its answers, then its score when handed in', () => {
		let items = beginAttempt({}, 'pre-test', { seed: 9, itemIds: ['a', 'b'] }, 100);
		items = answerAttempt(items, 'pre-test', 100, 'a', 'x', 110);
		expect(openAttempt(items['pre-test'])).toMatchObject({
			startedAt: 100,
			finishedAt: null,
			seed: 9,
			itemIds: ['a', 'b'],
			answers: { a: 'x' },
		});
		items = finishAttempt(items, 'pre-test', 100, { score: 1, max: 2 }, 120);
		expect(items['pre-test']).toEqual({
			attempts: [
				{ startedAt: 100, finishedAt: 120, seed: 9, itemIds: ['a', 'b'], answers: { a: 'x' }, score: 1, max: 2 },
			],
			updatedAt: 120,
		});
		expect(openAttempt(items['pre-test'])).toBeUndefined();
	});

	it('is valid in the progress slice, including the participant number', () => {
		const items = beginAttempt({}, 'pre-test', { seed: 1, itemIds: ['a'], participant: 12 }, 5);
		const decoded = decodeSlice(quizzesSlice, encodeSlice(quizzesSlice, items));
		expect(decoded).toEqual({ ok: true, items });
		expect(decoded.items['pre-test']!.attempts[0]!.participant).toBe(12);
	});

	it('a retry keeps the finished attempts and drops an unfinished one', () => {
		let items = finishAttempt(beginAttempt({}, 'q', { seed: 1, itemIds: ['a'] }, 1), 'q', 1, { score: 1, max: 1 }, 2);
		items = beginAttempt(items, 'q', { seed: 2, itemIds: ['a'] }, 3);
		items = beginAttempt(items, 'q', { seed: 3, itemIds: ['a'] }, 4);
		expect(items.q!.attempts.map((a) => a.seed)).toEqual([1, 3]);
	});

	it('ignores answers for an attempt that is no longer open (finished in another tab)', () => {
		const items = finishAttempt(beginAttempt({}, 'q', { seed: 1, itemIds: ['a'] }, 1), 'q', 1, { score: 0, max: 1 }, 2);
		expect(answerAttempt(items, 'q', 1, 'a', 'x', 3)).toBe(items);
		expect(finishAttempt(items, 'q', 1, { score: 1, max: 1 }, 3)).toBe(items);
		expect(answerAttempt({}, 'q', 1, 'a', 'x', 3)).toEqual({});
	});

	it(`keeps at most ${MAX_ATTEMPTS} attempts, always with the first finished one`, () => {
		let items = {};
		for (let t = 1; t <= 40; t++)
			items = finishAttempt(
				beginAttempt(items, 'q', { seed: t, itemIds: [] }, t * 10),
				'q',
				t * 10,
				{ score: t, max: 40 },
				t * 10 + 1,
			);
		const seeds = (items as Record<string, { attempts: { seed: number }[] }>).q!.attempts.map((a) => a.seed);
		expect(seeds).toHaveLength(MAX_ATTEMPTS);
		expect(seeds[0]).toBe(1);
		expect(seeds.at(-1)).toBe(40);
	});
});

describe('handing in', () => {
	it('saves what was scored but never changed, without overwriting given answers', () => {
		let items = beginAttempt({}, 'q', { seed: 1, itemIds: ['o', 's'] }, 1);
		items = answerAttempt(items, 'q', 1, 's', 'b', 2);
		items = finishAttempt(items, 'q', 1, { score: 1, max: 4 }, 3, { o: ['c', 'a', 'b'], s: 'ignored' });
		expect(items.q!.attempts[0]!.answers).toEqual({ o: ['c', 'a', 'b'], s: 'b' });
	});
});
