import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CourseDataError, loadCourse } from '../../src/data/course';

function fixture(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'pd-course-'));
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, 'content', 'course', path);
		mkdirSync(join(full, '..'), { recursive: true });
		writeFileSync(full, text);
	}
	return root;
}

const session = (n: number, minutes = [60, 30]) => `number: ${n}
title: Sesi ${n}
minutes: 90
description: Deskripsi sesi yang cukup panjang.
goal: Tujuan sesi.
media: [Flip chart]
methods: [Diskusi]
process:
${minutes.map((m, i) => `  - { title: Langkah ${i + 1}, minutes: ${m}, detail: Fasilitator bekerja. }`).join('\n')}
lessons: [a]
`;

const valid = {
	'pengantar.yaml': 'lessons: [tentang]\n',
	'sessions/sub-modul-1.yaml': session(1),
	'glossary/singkatan.yaml': '- { id: afta, term: AFTA, definition: Kawasan perdagangan bebas ASEAN. }\n',
	'references.yaml': '- { id: x-2000, citation: "X, A. (2000). Judul buku.", origin: module }\n',
	'corrections/umum.yaml': '- { id: c1, where: Daftar isi, source: Bintang, correction: Bintan, basis: seed }\n',
};

describe('course data loader', () => {
	it('loads valid data', () => {
		const course = loadCourse(fixture(valid));
		expect(course.sessions).toHaveLength(1);
		expect(course.glossary[0]!.id).toBe('afta');
		expect(course.corrections[0]!.file).toBe('umum');
	});

	it('names the file and the fix when a session does not add up to 90 minutes', () => {
		const root = fixture({ ...valid, 'sessions/sub-modul-1.yaml': session(1, [60, 20]) });
		expect(() => loadCourse(root)).toThrow(CourseDataError);
		expect(() => loadCourse(root)).toThrow(/content\/course\/sessions\/sub-modul-1\.yaml is invalid:[\s\S]*add up to 80, not 90/);
	});

	it('names the file when YAML is malformed', () => {
		const root = fixture({ ...valid, 'references.yaml': '- id: [unclosed\n' });
		expect(() => loadCourse(root)).toThrow(/content\/course\/references\.yaml: YAML tidak dapat dibaca/);
	});

	it('rejects the same glossary id in two files', () => {
		const root = fixture({ ...valid, 'glossary/sub-modul-1.yaml': '- { id: afta, term: AFTA, definition: Definisi kedua yang lain. }\n' });
		expect(() => loadCourse(root)).toThrow(/"afta" is used twice/);
	});

	it('rejects a gap in the sessions', () => {
		const root = fixture({ ...valid, 'sessions/sub-modul-1.yaml': session(2) });
		expect(() => loadCourse(root)).toThrow(/expected sub-modul-1\.yaml/);
	});
});
