import { describe, expect, it } from 'vitest';
import { allLessons, continueTarget, outlineFrom, pageHref, pageIdFromPath, progressByPart } from '../../src/engine/syllabus';

const outline = outlineFrom({
	pengantar: { lessons: ['tentang'] },
	sessions: [
		{ number: 1, title: 'Satu', lessons: ['a', 'b'] },
		{ number: 2, title: 'Dua', lessons: ['c'] },
	],
});

describe('outline', () => {
	it('orders the Pengantar, then the sub-modules', () => {
		expect(allLessons(outline)).toEqual(['pengantar/tentang', 'sub-modul-1/a', 'sub-modul-1/b', 'sub-modul-2/c']);
		expect(outline.parts.map((p) => p.id)).toEqual(['pengantar', 'sub-modul-1', 'sub-modul-2']);
	});

	it('turns page ids into links and paths into page ids', () => {
		expect(pageHref('sub-modul-1/a')).toBe('/sub-modul-1/a/');
		expect(pageHref('')).toBe('/');
		expect(pageIdFromPath('/sub-modul-1/a/')).toBe('sub-modul-1/a');
		expect(pageIdFromPath('/sub-modul-1/a/index.html')).toBe('sub-modul-1/a');
		expect(pageIdFromPath('/')).toBe('');
	});

	it('counts done lessons per part', () => {
		const done = new Set(['sub-modul-1/b']);
		expect(progressByPart(outline, (id) => done.has(id))).toEqual([
			{ id: 'pengantar', done: 0, total: 1 },
			{ id: 'sub-modul-1', done: 1, total: 2 },
			{ id: 'sub-modul-2', done: 0, total: 1 },
		]);
	});
});

describe('continue where you left off', () => {
	it('starts at the first lesson when nothing was opened', () => {
		expect(continueTarget(outline, () => false)).toBe('pengantar/tentang');
	});

	it('returns to the last lesson opened if it is not done', () => {
		expect(continueTarget(outline, () => false, 'sub-modul-1/b')).toBe('sub-modul-1/b');
	});

	it('goes to the next lesson not done after the last one opened', () => {
		const done = new Set(['sub-modul-1/a', 'sub-modul-1/b']);
		expect(continueTarget(outline, (id) => done.has(id), 'sub-modul-1/a')).toBe('sub-modul-2/c');
	});

	it('wraps to an earlier lesson not done when everything after is done', () => {
		const done = new Set(['sub-modul-1/b', 'sub-modul-2/c']);
		expect(continueTarget(outline, (id) => done.has(id), 'sub-modul-2/c')).toBe('pengantar/tentang');
	});

	it('ignores a last-visited page that is not a lesson', () => {
		expect(continueTarget(outline, () => false, 'glosarium')).toBe('pengantar/tentang');
	});

	it('has nowhere to go when all is done', () => {
		expect(continueTarget(outline, () => true, 'sub-modul-2/c')).toBeUndefined();
	});
});
