import { describe, expect, it } from 'vitest';
import { mergeItems } from '../../../src/engine/progress';
import { countDone, isExerciseDone, recordCheck, recordReset, recordWork, savedAnswer } from '../../../src/engine/exercises/results';

describe('exercise results', () => {
	it('a check saves the answer and its score and counts the attempt', () => {
		let items = recordCheck({}, 'sm1-a', ['x'], { score: 1, max: 3, correct: false }, 100);
		expect(items['sm1-a']).toEqual({ answer: ['x'], score: 1, max: 3, completed: true, attempts: 1, updatedAt: 100 });
		items = recordCheck(items, 'sm1-a', ['y'], { score: 3, max: 3, correct: true }, 200);
		expect(items['sm1-a']).toMatchObject({ answer: ['y'], score: 3, attempts: 2, updatedAt: 200 });
	});
	it('open work is saved with its completeness and no score', () => {
		const items = recordWork({}, 'sm1-board', { notes: [] }, false, 100);
		expect(items['sm1-board']).toEqual({ answer: { notes: [] }, score: 0, max: 0, completed: false, attempts: 0, updatedAt: 100 });
		expect(isExerciseDone(recordWork(items, 'sm1-board', { notes: [1] }, true, 150), 'sm1-board')).toBe(true);
	});
	it('a reset keeps an empty record that wins a merge with an older copy', () => {
		const before = recordCheck({}, 'sm1-a', 'a', { score: 1, max: 1, correct: true }, 100);
		const reset = recordReset(before, 'sm1-a', 200);
		expect(reset['sm1-a']).toMatchObject({ answer: null, completed: false, attempts: 1 });
		expect(savedAnswer(reset, 'sm1-a')).toBeUndefined();
		expect(mergeItems(reset, before)['sm1-a']!.completed).toBe(false);
		expect(mergeItems(before, reset)['sm1-a']!.completed).toBe(false);
	});
	it('counts the exercises done', () => {
		let items = recordCheck({}, 'a', 'x', { score: 0, max: 1, correct: false }, 1);
		items = recordWork(items, 'b', {}, true, 2);
		items = recordWork(items, 'c', {}, false, 3);
		expect(countDone(items, ['a', 'b', 'c', 'd'])).toBe(2);
		expect(savedAnswer(items, 'a')).toBe('x');
		expect(savedAnswer(items, 'zz')).toBeUndefined();
	});
});
