// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'paradiplomasi:lessons:v1';

async function load() {
	vi.resetModules();
	const store = await import('../../src/stores/lesson-progress');
	const status = await import('../../src/stores/storage-status');
	const backups = await import('../../src/stores/backups');
	return { ...store, ...status, ...backups };
}

beforeEach(() => {
	localStorage.clear();
	vi.restoreAllMocks();
});

describe('$lessonProgress', () => {
	it('saves a mark under the versioned key and reads it back in a new page', async () => {
		const first = await load();
		first.$lessonProgress.listen(() => {});
		first.markLessonDone('sub-modul-1/a', true, 100);
		expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ v: 1, items: { 'sub-modul-1/a': { visitedAt: 100, doneAt: 100, updatedAt: 100 } } });
		const second = await load();
		expect(second.$lessonProgress.get()['sub-modul-1/a']!.doneAt).toBe(100);
	});

	it('keeps a corrupt record as a backup instead of dropping it', async () => {
		localStorage.setItem(KEY, '{"v":1,"items":{"a":{"updatedAt":"x"}},"b":');
		const page = await load();
		expect(page.$lessonProgress.get()).toEqual({});
		const kept = page.$backups.get();
		expect(kept).toHaveLength(1);
		expect(kept[0]!.raw).toBe('{"v":1,"items":{"a":{"updatedAt":"x"}},"b":');
		expect(kept[0]!.problem).toMatch(/rusak/);
		expect(JSON.parse(localStorage.getItem(page.BACKUP_KEY)!)).toHaveLength(1);
	});

	it('does not lose a mark another tab saved in the meantime', async () => {
		const page = await load();
		page.$lessonProgress.listen(() => {});
		page.markLessonDone('a', true, 100);
		// Another tab writes its own mark straight to storage.
		const other = JSON.parse(localStorage.getItem(KEY)!);
		other.items.b = { visitedAt: 150, doneAt: 150, updatedAt: 150 };
		localStorage.setItem(KEY, JSON.stringify(other));
		page.markLessonDone('c', true, 200);
		const saved = JSON.parse(localStorage.getItem(KEY)!).items;
		expect(Object.keys(saved).sort()).toEqual(['a', 'b', 'c']);
	});

	it('keeps working in memory and reports it when storage refuses writes', async () => {
		const page = await load();
		page.$lessonProgress.listen(() => {});
		vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		page.markLessonDone('a', true, 100);
		expect(page.$storageStatus.get()).toBe('full');
		expect(page.$lessonProgress.get().a!.doneAt).toBe(100);
		page.markLessonDone('b', true, 200);
		expect(Object.keys(page.$lessonProgress.get()).sort()).toEqual(['a', 'b']);
	});

	it('reports blocked storage when localStorage cannot even be touched', async () => {
		const page = await load();
		vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(page.probeStorage()).toBe('blocked');
	});
});
