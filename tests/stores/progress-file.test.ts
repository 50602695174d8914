// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function load() {
	vi.resetModules();
	const lessons = await import('../../src/stores/lesson-progress');
	const exercises = await import('../../src/stores/exercise-results');
	const learner = await import('../../src/stores/learner');
	const file = await import('../../src/stores/progress-file');
	const backups = await import('../../src/stores/backups');
	return { ...lessons, ...exercises, ...learner, ...file, ...backups };
}

const snapshot = () => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('paradiplomasi:')).sort());

beforeEach(() => localStorage.clear());

describe('exporting and importing the whole progress', () => {
	it('an export, cleared storage and an import bring everything back, into the live stores', async () => {
		const before = await load();
		before.$lessonProgress.listen(() => {});
		before.markLessonDone('pengantar/tentang-modul', true, 100);
		before.saveExerciseWork('sm1-apa-itu-diplomasi', { notes: [] }, true, 200);
		before.saveLearner({ name: 'Siti', nip: '', agency: 'Bappeda' }, 300);
		const saved = snapshot();
		const text = before.exportProgress(400);

		localStorage.clear();
		const after = await load();
		after.$lessonProgress.listen(() => {});
		expect(after.$lessonProgress.get()).toEqual({});
		const result = after.importProgress(text);
		expect(result).toMatchObject({ ok: true, exportedAt: 400, unchanged: false, storage: 'ok' });
		if (!result.ok) return;
		expect(result.counts.lessons).toEqual({ added: 1, updated: 0, kept: 0 });
		expect(result.counts.exercises).toEqual({ added: 1, updated: 0, kept: 0 });
		expect(result.counts.learner).toEqual({ added: 1, updated: 0, kept: 0 });
		expect(after.$lessonProgress.get()['pengantar/tentang-modul']!.doneAt).toBe(100);
		expect(after.$learner.get().peserta!.name).toBe('Siti');
		expect(snapshot()).toEqual(saved);
	});

	it('importing the same file twice changes nothing the second time', async () => {
		const page = await load();
		page.markLessonDone('a', true, 100);
		const text = page.exportProgress(200);
		const again = page.importProgress(text);
		expect(again).toMatchObject({ ok: true, unchanged: true });
	});

	it('keeps the newer record of each item and what only this device has', async () => {
		const other = await load();
		other.markLessonDone('a', true, 100);
		other.markLessonDone('b', true, 300);
		const text = other.exportProgress(400);
		localStorage.clear();
		const page = await load();
		page.markLessonDone('a', false, 200);
		page.markLessonDone('b', false, 250);
		page.markLessonDone('c', true, 260);
		const result = page.importProgress(text);
		expect(result.ok && result.counts.lessons).toEqual({ added: 0, updated: 1, kept: 1 });
		const items = page.$lessonProgress.get();
		expect(items.a!.doneAt).toBeNull();
		expect(items.b!.doneAt).toBe(300);
		expect(items.c!.doneAt).toBe(260);
	});

	it('a foreign or tampered file is refused and nothing saved changes', async () => {
		const page = await load();
		page.markLessonDone('a', true, 100);
		const text = page.exportProgress(200);
		const saved = snapshot();
		for (const bad of ['{"name":"lain"}', text.replace('"doneAt": 100', '"doneAt": 150'), 'bukan json']) {
			const result = page.importProgress(bad);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.problem).toMatch(/tidak berubah\.$/);
			expect(snapshot()).toEqual(saved);
		}
	});
});

describe('deleting a backup once downloaded', () => {
	it('removes it, and the unreadable text with it, so the next page load does not keep it aside again', async () => {
		const partly = '{"v":1,"items":{"a":{"doneAt":5,"updatedAt":5},"b":{"updatedAt":"rusak"}}}';
		localStorage.setItem('paradiplomasi:lessons:v1', partly);
		const page = await load();
		const [backup] = page.$backups.get();
		expect(backup).toMatchObject({ key: 'paradiplomasi:lessons:v1', raw: partly });
		page.deleteBackup(backup!);
		expect(page.$backups.get()).toEqual([]);
		// What could be read stays; what could not is gone from storage (the learner has the file).
		expect(JSON.parse(localStorage.getItem('paradiplomasi:lessons:v1')!)).toEqual({ v: 1, items: { a: { doneAt: 5, updatedAt: 5 } } });
		const next = await load();
		expect(next.$backups.get()).toEqual([]);
		expect(next.$lessonProgress.get().a!.doneAt).toBe(5);
	});

	it('removes an unreadable record that is not a progress slice, whose store shows its default already', async () => {
		const page = await load();
		page.keepBackup('paradiplomasi:workshop:v1', 'rusak', 'Data agenda lokakarya tidak sah.');
		localStorage.setItem('paradiplomasi:workshop:v1', 'rusak');
		page.deleteBackup(page.$backups.get()[0]!);
		expect(localStorage.getItem('paradiplomasi:workshop:v1')).toBeNull();
		expect(page.$backups.get()).toEqual([]);
	});

	it('leaves the record alone when it has been saved anew since', async () => {
		localStorage.setItem('paradiplomasi:lessons:v1', 'rusak');
		const page = await load();
		page.markLessonDone('c', true, 9);
		page.deleteBackup(page.$backups.get()[0]!);
		expect(JSON.parse(localStorage.getItem('paradiplomasi:lessons:v1')!).items.c.doneAt).toBe(9);
	});
});
