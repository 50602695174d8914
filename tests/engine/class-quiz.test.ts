import { describe, expect, it } from 'vitest';
import {
	bars,
	cardOrder,
	cardsOf,
	classGain,
	classSetDefs,
	findByCode,
	rightCards,
	summarise,
	type ScoredResult,
} from '../../src/engine/class-quiz';
import { multiple, ordering, single, truefalse } from '../fixtures/quiz-items';

describe('class sets', () => {
	it('has a pre-test, a post-test and one set per sub-module, each with its own code number', () => {
		const defs = classSetDefs([1, 2, 3, 4, 5]);
		expect(defs.map((d) => d.code)).toEqual(['PRE', 'POST', 'SM1', 'SM2', 'SM3', 'SM4', 'SM5']);
		expect(new Set(defs.map((d) => d.index)).size).toBe(defs.length);
		expect(Math.max(...defs.map((d) => d.index))).toBeLessThan(16);
	});

	it('finds a set by the quiz code a participant types', () => {
		const defs = classSetDefs([1, 2, 3]);
		expect(findByCode(defs, ' sm-3 ')?.id).toBe('kelas-sub-modul-3');
		expect(findByCode(defs, 'post')?.id).toBe('post-test');
		expect(findByCode(defs, 'SM9')).toBeUndefined();
		expect(findByCode(defs, '')).toBeUndefined();
	});
});

describe('answer cards', () => {
	it('orders a choice item the same way on every device, A first', () => {
		const q = single('q');
		expect(cardOrder('pre-test', q)).toEqual(cardOrder('pre-test', q));
		expect([...cardOrder('pre-test', q)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('has cards A = benar and B = salah for a true/false item, none for other types', () => {
		expect(cardOrder('x', truefalse('t'))).toEqual(['benar', 'salah']);
		expect(cardOrder('x', ordering('o'))).toEqual([]);
	});

	it('knows the right cards and the cards an answer picks', () => {
		expect(rightCards(multiple('m'))).toEqual(['a', 'c']);
		expect(rightCards(truefalse('t', false))).toEqual(['salah']);
		expect(cardsOf(multiple('m'), ['d', 'a', 'zz'])).toEqual(['a', 'd']);
		expect(cardsOf(truefalse('t'), { s: true })).toEqual(['benar']);
		expect(cardsOf(single('s'), 'zz')).toEqual([]);
	});
});

describe('bar chart of hand counts', () => {
	it('gives each card its count and share, in card order', () => {
		expect(bars(['b', 'a', 'c'], { a: 3, b: 1 })).toEqual({
			total: 4,
			bars: [
				{ id: 'b', count: 1, share: 0.25 },
				{ id: 'a', count: 3, share: 0.75 },
				{ id: 'c', count: 0, share: 0 },
			],
		});
	});

	it('has zero shares when nobody has been counted', () => {
		expect(bars(['a'], {}).bars[0]!.share).toBe(0);
	});
});

describe('class summary from collected codes', () => {
	const items = [single('s'), multiple('m'), truefalse('t')];
	const results = [
		{ setId: 'x', participant: 1, answers: { s: 'b', m: ['a', 'c'], t: { s: true } } },
		{ setId: 'x', participant: 2, answers: { s: 'a', m: ['a'] } },
		{ setId: 'x', participant: null, answers: {} },
	];

	it('counts the picks per card, the unanswered, and the right answers per question', () => {
		const summary = summarise(items, results);
		expect(summary.count).toBe(3);
		expect(summary.questions[0]).toEqual({ itemId: 's', counts: { b: 1, a: 1 }, none: 1, correct: 1 });
		expect(summary.questions[1]).toEqual({ itemId: 'm', counts: { a: 2, c: 1 }, none: 1, correct: 1 });
		expect(summary.questions[2]).toEqual({ itemId: 't', counts: { benar: 1 }, none: 2, correct: 1 });
	});

	it('averages the participants’ percentages', () => {
		// 4/4 = 100 %, 1/4 = 25 %, 0/4 = 0 %.
		expect(summarise(items, results).averagePercent).toBeCloseTo(125 / 3);
		expect(summarise(items, []).averagePercent).toBeNull();
	});
});

describe('class gain', () => {
	const r = (participant: number | null, percent: number): ScoredResult => ({
		participant,
		score: percent,
		max: 100,
		percent,
	});

	it('compares class averages and, where numbers match, each participant with themselves', () => {
		const gain = classGain([r(1, 40), r(2, 60), r(null, 20)], [r(1, 80), r(2, 70), r(3, 90)]);
		expect(gain).toEqual({
			pre: { count: 3, average: 40 },
			post: { count: 3, average: 80 },
			difference: 40,
			matched: { count: 2, average: 25 },
		});
	});

	it('has no matched gain without participant numbers, and none at all without both tests', () => {
		expect(classGain([r(null, 50)], [r(null, 75)])?.matched).toBeNull();
		expect(classGain([], [r(1, 50)])).toBeUndefined();
	});
});
