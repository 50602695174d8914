// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'paradiplomasi:exercises:v1';

async function load() {
	vi.resetModules();
	const store = await import('../../src/stores/exercise-results');
	const backups = await import('../../src/stores/backups');
	return { ...store, ...backups };
}

beforeEach(() => localStorage.clear());

describe('$exerciseResults', () => {
	it('saves a checked answer under the versioned key and reads it back on the next page', async () => {
		const first = await load();
		first.$exerciseResults.listen(() => {});
		first.saveExerciseResult('sm1-a', { c1: 'x' }, { score: 1, max: 2, correct: false }, 100);
		expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
			v: 1,
			items: { 'sm1-a': { answer: { c1: 'x' }, score: 1, max: 2, completed: true, attempts: 1, updatedAt: 100 } },
		});
		const second = await load();
		expect(second.$exerciseResults.get()['sm1-a']).toMatchObject({ answer: { c1: 'x' }, attempts: 1 });
	});

	it('saves open work and a reset, keeping the attempt count', async () => {
		const page = await load();
		page.$exerciseResults.listen(() => {});
		page.saveExerciseWork('sm1-board', { notes: [] }, false, 100);
		page.saveExerciseResult('sm1-a', 'b', { score: 0, max: 1, correct: false }, 110);
		page.resetExerciseResult('sm1-a', 120);
		const items = page.$exerciseResults.get();
		expect(items['sm1-board']).toMatchObject({ completed: false, attempts: 0 });
		expect(items['sm1-a']).toMatchObject({ answer: null, completed: false, attempts: 1, updatedAt: 120 });
	});

	it('keeps results another tab saved in the meantime', async () => {
		const page = await load();
		page.$exerciseResults.listen(() => {});
		page.saveExerciseResult('a', 'x', { score: 1, max: 1, correct: true }, 100);
		const other = JSON.parse(localStorage.getItem(KEY)!);
		other.items.b = { answer: 'y', score: 0, max: 1, completed: true, attempts: 1, updatedAt: 150 };
		localStorage.setItem(KEY, JSON.stringify(other));
		page.saveExerciseResult('c', 'z', { score: 1, max: 1, correct: true }, 200);
		expect(Object.keys(JSON.parse(localStorage.getItem(KEY)!).items).sort()).toEqual(['a', 'b', 'c']);
	});

	it('keeps an unreadable record as a backup', async () => {
		localStorage.setItem(KEY, '{"v":1,"items":{"a":{"score":"x"}}}');
		const page = await load();
		expect(page.$exerciseResults.get()).toEqual({});
		expect(page.$backups.get()[0]).toMatchObject({ key: KEY, raw: '{"v":1,"items":{"a":{"score":"x"}}}' });
	});
});
