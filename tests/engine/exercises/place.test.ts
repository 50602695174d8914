import { describe, expect, it } from 'vitest';
import { matchPair, moveBy, moveTo, placeCard, stepCategory } from '../../../src/engine/exercises/place';

describe('ordering moves', () => {
	const order = ['a', 'b', 'c', 'd'];
	it('moves a step to a place, clamped to the list', () => {
		expect(moveTo(order, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(moveTo(order, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
		expect(moveTo(order, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
		expect(moveTo(order, 'b', -5)).toEqual(['b', 'a', 'c', 'd']);
	});
	it('moves up and down by one, and stops at the ends', () => {
		expect(moveBy(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
		expect(moveBy(order, 'c', 1)).toEqual(['a', 'b', 'd', 'c']);
		expect(moveBy(order, 'a', -1)).toEqual(order);
		expect(moveBy(order, 'd', 1)).toEqual(order);
	});
	it('ignores an unknown step and never changes the input', () => {
		expect(moveTo(order, 'z', 1)).toEqual(order);
		expect(moveBy(order, 'z', 1)).toEqual(order);
		expect(order).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('sorting moves', () => {
	it('places and unplaces a card', () => {
		expect(placeCard({}, 'c1', 'soft')).toEqual({ c1: 'soft' });
		expect(placeCard({ c1: 'soft' }, 'c1', 'hard')).toEqual({ c1: 'hard' });
		expect(placeCard({ c1: 'soft', c2: 'hard' }, 'c1', null)).toEqual({ c2: 'hard' });
	});
	it('steps through the groups with the arrows, the unplaced cards first, and stops at the ends', () => {
		const groups = ['a', 'b', 'c'];
		expect(stepCategory({}, 'x', groups, 1)).toEqual({ x: 'a' });
		expect(stepCategory({ x: 'a' }, 'x', groups, 1)).toEqual({ x: 'b' });
		expect(stepCategory({ x: 'c' }, 'x', groups, 1)).toEqual({ x: 'c' });
		expect(stepCategory({ x: 'a' }, 'x', groups, -1)).toEqual({});
		expect(stepCategory({}, 'x', groups, -1)).toEqual({});
		expect(stepCategory({ x: 'gone' }, 'x', groups, 1)).toEqual({ x: 'a' });
	});
});

describe('matching moves', () => {
	it('gives a right-hand text to one left item at a time', () => {
		expect(matchPair({}, 'p1', 'r1')).toEqual({ p1: 'r1' });
		expect(matchPair({ p1: 'r1' }, 'p2', 'r1')).toEqual({ p2: 'r1' });
		expect(matchPair({ p1: 'r1', p2: 'r2' }, 'p1', 'r2')).toEqual({ p1: 'r2' });
		expect(matchPair({ p1: 'r1', p2: 'r2' }, 'p1', null)).toEqual({ p2: 'r2' });
	});
});
