import { describe, expect, it } from 'vitest';
import { createRandom, seedFrom, shuffle, shuffleAway } from '../../../src/engine/exercises/shuffle';

describe('seedFrom', () => {
	it('is a stable 32-bit number that depends on the text and the salt', () => {
		expect(seedFrom('sm3-cocokkan-kasus')).toBe(seedFrom('sm3-cocokkan-kasus'));
		expect(seedFrom('a')).not.toBe(seedFrom('b'));
		expect(seedFrom('a', 1)).not.toBe(seedFrom('a', 2));
		for (const text of ['', 'x', 'Pemerintah daerah', '☃']) {
			const seed = seedFrom(text);
			expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
		}
	});
});

describe('createRandom', () => {
	it('repeats for the same seed and stays in [0, 1)', () => {
		const a = createRandom(123);
		const b = createRandom(123);
		for (let i = 0; i < 1000; i++) {
			const x = a();
			expect(x).toBe(b());
			expect(x >= 0 && x < 1).toBe(true);
		}
	});
});

describe('shuffle', () => {
	const list = ['a', 'b', 'c', 'd', 'e', 'f'];
	it('returns a permutation and leaves the input alone', () => {
		const copy = [...list];
		const out = shuffle(list, 42);
		expect([...out].sort()).toEqual(list);
		expect(list).toEqual(copy);
	});
	it('gives the same order for the same seed and other orders for other seeds', () => {
		expect(shuffle(list, 7)).toEqual(shuffle(list, 7));
		const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffle(list, seed).join('')));
		expect(orders.size).toBeGreaterThan(40);
	});
	it('puts every item in every place about equally often', () => {
		const counts = list.map(() => list.map(() => 0));
		const runs = 6000;
		for (let seed = 0; seed < runs; seed++) shuffle(list, seed).forEach((x, place) => counts[list.indexOf(x)]![place]!++);
		for (const row of counts) for (const n of row) expect(Math.abs(n - runs / list.length)).toBeLessThan(runs / list.length / 4);
	});
	it('handles empty and one-item lists', () => {
		expect(shuffle([], 1)).toEqual([]);
		expect(shuffle(['x'], 1)).toEqual(['x']);
	});
});

describe('shuffleAway', () => {
	it('never returns the original order when another exists', () => {
		for (let seed = 0; seed < 500; seed++) {
			expect(shuffleAway(['a', 'b'], seed)).toEqual(['b', 'a']);
			expect(shuffleAway(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
		}
	});
	it('returns what it can for lists with a single order', () => {
		expect(shuffleAway([], 3)).toEqual([]);
		expect(shuffleAway(['x'], 3)).toEqual(['x']);
		expect(shuffleAway(['x', 'x'], 3)).toEqual(['x', 'x']);
	});
});
