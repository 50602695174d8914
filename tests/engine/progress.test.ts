import { describe, expect, it } from 'vitest';
import { number, object, type Infer } from '../../src/schemas/guard';
import {
	decodeSlice,
	encodeSlice,
	isLessonDone,
	lastVisited,
	lessonsSlice,
	exercisesSlice,
	mergeItems,
	setLessonDone,
	visitLesson,
	type Items,
	type SliceSpec,
} from '../../src/engine/progress';
import { quizzesSlice } from '../../src/engine/quiz-attempts';
import type { LessonMark } from '../../src/schemas/progress';

describe('lesson marks', () => {
	it('records a visit, marks done and undone, keeping the first visit time', () => {
		let items = visitLesson({}, 'sub-modul-1/a', 100);
		expect(isLessonDone(items, 'sub-modul-1/a')).toBe(false);
		items = setLessonDone(items, 'sub-modul-1/a', true, 200);
		expect(items['sub-modul-1/a']).toEqual({ visitedAt: 100, doneAt: 200, updatedAt: 200 });
		expect(isLessonDone(items, 'sub-modul-1/a')).toBe(true);
		items = setLessonDone(items, 'sub-modul-1/a', false, 300);
		expect(isLessonDone(items, 'sub-modul-1/a')).toBe(false);
		expect(items['sub-modul-1/a']!.updatedAt).toBe(300);
	});

	it('marking done without a visit counts the mark as the visit', () => {
		const items = setLessonDone({}, 'x', true, 50);
		expect(items.x).toEqual({ visitedAt: 50, doneAt: 50, updatedAt: 50 });
	});

	it('does not change the input', () => {
		const before = visitLesson({}, 'a', 1);
		const frozen = structuredClone(before);
		setLessonDone(before, 'a', true, 2);
		expect(before).toEqual(frozen);
	});

	it('finds the lesson visited last', () => {
		let items = visitLesson({}, 'a', 10);
		items = visitLesson(items, 'b', 30);
		items = visitLesson(items, 'c', 20);
		expect(lastVisited(items)).toBe('b');
		expect(lastVisited({})).toBeUndefined();
	});
});

describe('encode and decode', () => {
	it('round-trips a slice', () => {
		const items = setLessonDone(visitLesson({}, 'a', 1), 'b', true, 2);
		const decoded = decodeSlice(lessonsSlice, encodeSlice(lessonsSlice, items));
		expect(decoded).toEqual({ ok: true, items });
	});

	it('treats a missing record as empty progress', () => {
		expect(decodeSlice(lessonsSlice, undefined)).toEqual({ ok: true, items: {} });
		expect(decodeSlice(lessonsSlice, null)).toEqual({ ok: true, items: {} });
		expect(decodeSlice(lessonsSlice, '')).toEqual({ ok: true, items: {} });
	});

	it('reports text that is not JSON, in Indonesian, without throwing', () => {
		const decoded = decodeSlice(lessonsSlice, '{"v":1,"items":{"a":');
		expect(decoded.ok).toBe(false);
		expect(decoded.items).toEqual({});
		if (!decoded.ok) expect(decoded.problem).toMatch(/rusak/);
	});

	it('reports JSON without a version', () => {
		const decoded = decodeSlice(lessonsSlice, '["a","b"]');
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.problem).toMatch(/versi/);
	});

	it('keeps the valid items of a partly corrupt record and reports the rest', () => {
		const raw = JSON.stringify({ v: 1, items: { good: { updatedAt: 5, doneAt: 5 }, bad: { updatedAt: 'kemarin' } } });
		const decoded = decodeSlice(lessonsSlice, raw);
		expect(decoded.ok).toBe(false);
		expect(decoded.items).toEqual({ good: { updatedAt: 5, doneAt: 5 } });
		if (!decoded.ok) expect(decoded.problem).toMatch(/1 butir/);
	});

	it('refuses a record from a newer version instead of guessing', () => {
		const decoded = decodeSlice(lessonsSlice, JSON.stringify({ v: 9, items: {} }));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.problem).toMatch(/lebih baru/);
	});

	it('validates exercise results', () => {
		const ok = { answer: ['a'], score: 1, max: 2, completed: true, attempts: 1, updatedAt: 3 };
		expect(decodeSlice(exercisesSlice, encodeSlice(exercisesSlice, { e1: ok })).ok).toBe(true);
		const bad = { ...ok, score: -1 };
		expect(decodeSlice(exercisesSlice, JSON.stringify({ v: 1, items: { e1: bad } })).ok).toBe(false);
	});
});

describe('migration between versions', () => {
	// A slice whose version 1 stored a bare list of done ids and whose version 2 stores marks.
	const Mark = object({ doneAt: number(), updatedAt: number() });
	const spec: SliceSpec<Infer<typeof Mark>> = {
		name: 'test',
		label: 'uji',
		version: 2,
		item: Mark,
		migrations: {
			1: (items) => Object.fromEntries((items as string[]).map((id) => [id, { doneAt: 0, updatedAt: 0 }])),
		},
	};

	it('migrates an old-version record and says so', () => {
		const decoded = decodeSlice(spec, JSON.stringify({ v: 1, items: ['a', 'b'] }));
		expect(decoded).toEqual({
			ok: true,
			migratedFrom: 1,
			items: { a: { doneAt: 0, updatedAt: 0 }, b: { doneAt: 0, updatedAt: 0 } },
		});
	});

	it('reports an old version with no migration', () => {
		const decoded = decodeSlice(spec, JSON.stringify({ v: 0, items: {} }));
		expect(decoded.ok).toBe(false);
	});

	it('reports a migration that fails', () => {
		const decoded = decodeSlice(spec, JSON.stringify({ v: 1, items: 42 }));
		expect(decoded.ok).toBe(false);
	});
});

describe('merge', () => {
	it('keeps the newer record of each item and every item either side has', () => {
		const a: Items<LessonMark> = { x: { doneAt: 1, updatedAt: 1 }, y: { doneAt: 5, updatedAt: 5 } };
		const b: Items<LessonMark> = { x: { doneAt: null, updatedAt: 3 }, z: { visitedAt: 2, updatedAt: 2 } };
		expect(mergeItems(a, b)).toEqual({ x: { doneAt: null, updatedAt: 3 }, y: a.y, z: b.z });
		expect(mergeItems(b, a)).toEqual(mergeItems(a, b));
	});

	it('keeps the first side on a tie', () => {
		const a: Items<LessonMark> = { x: { doneAt: 1, updatedAt: 1 } };
		const b: Items<LessonMark> = { x: { doneAt: null, updatedAt: 1 } };
		expect(mergeItems(a, b)).toEqual(a);
	});
});

describe('merging histories of attempts', () => {
	const attempt = (startedAt: number, score: number) => ({ startedAt, finishedAt: startedAt + 60, seed: startedAt, itemIds: ['a'], answers: {}, score, max: 1 });

	it('keeps every quiz attempt made on either device, in time order, without duplicates', () => {
		const phone = { 'pre-test': { attempts: [attempt(100, 0), attempt(300, 1)], updatedAt: 300 } };
		const laptop = { 'pre-test': { attempts: [attempt(100, 0), attempt(200, 1)], updatedAt: 200 } };
		const merged = mergeItems(phone, laptop, quizzesSlice.mergeItem);
		expect(merged['pre-test']!.attempts.map((a) => a.startedAt)).toEqual([100, 200, 300]);
		expect(merged['pre-test']!.updatedAt).toBe(300);
		expect(mergeItems(laptop, phone, quizzesSlice.mergeItem)).toEqual(merged);
	});
});
