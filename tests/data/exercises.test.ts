import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CourseDataError } from '../../src/data/course';
import { loadExercises } from '../../src/data/exercises';
import { headingsOf } from '../../src/data/pages';

function fixture(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'pd-exercises-'));
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, path);
		mkdirSync(join(full, '..'), { recursive: true });
		writeFileSync(full, text);
	}
	return root;
}

const course = {
	'content/course/pengantar.yaml': 'lessons: [tentang]\n',
	'content/course/references.yaml': '- { id: x-2000, citation: "X, A. (2000). Judul buku.", origin: module }\n',
	'content/course/sessions/sub-modul-1.yaml': `number: 1
title: Sesi 1
minutes: 90
description: Deskripsi sesi yang cukup panjang.
goal: Tujuan sesi.
media: [Flip chart]
methods: [Diskusi]
process:
  - { title: Langkah 1, minutes: 90, detail: Fasilitator bekerja. }
lessons: [satu, dua]
`,
};

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\nimport Exercise from '~/components/Exercise.astro';\n\n${body}\n`;

const exercise = (id: string, lesson = 'satu', source = '/sub-modul-1/satu/#bagian-pertama') => `  - id: ${id}
    type: single
    lesson: ${lesson}
    title: Latihan ${id}
    prompt: Pertanyaan latihan?
    explanation: Penjelasan yang cukup panjang.
    source: ${source}
    options: [{ text: A, correct: true }, { text: B }]
`;

const valid = {
	...course,
	'content/docs/sub-modul-1/satu.mdx': page('Pelajaran satu', '## Bagian pertama\n\n<Exercise id="sm1-b" />\n\n### Sub *bagian*\n\n<Exercise id="sm1-a" />'),
	'content/docs/sub-modul-1/dua.mdx': page('Pelajaran dua', 'Pembuka.\n\n<Exercise id="sm1-c" />\n\n## Rangkuman'),
	'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-a')}${exercise('sm1-c', 'dua')}${exercise('sm1-b')}`,
};

describe('exercise loader', () => {
	it('loads exercises in course order: lesson order, then place on the page', () => {
		const placed = loadExercises(fixture(valid));
		expect(placed.map((p) => p.exercise.id)).toEqual(['sm1-b', 'sm1-a', 'sm1-c']);
		expect(placed[0]).toMatchObject({ submodule: 1, page: 'sub-modul-1/satu', href: '/sub-modul-1/satu/#sm1-b', file: 'content/exercises/sub-modul-1.yaml' });
	});
	it('gives the title one level below the section it sits in', () => {
		const levels = Object.fromEntries(loadExercises(fixture(valid)).map((p) => [p.exercise.id, p.headingLevel]));
		expect(levels).toEqual({ 'sm1-b': 3, 'sm1-a': 4, 'sm1-c': 2 });
	});
	it('labels the source link with the page title and heading', () => {
		expect(loadExercises(fixture(valid))[0]!.source).toEqual({ href: '/sub-modul-1/satu/#bagian-pertama', label: 'Pelajaran satu: Bagian pertama' });
	});
	it('returns nothing when there is no exercise folder', () => {
		expect(loadExercises(fixture(course))).toEqual([]);
	});

	const fails = (files: Record<string, string>, pattern: RegExp) => {
		const root = fixture(files);
		expect(() => loadExercises(root)).toThrow(CourseDataError);
		expect(() => loadExercises(root)).toThrow(pattern);
	};

	it('names the file and the field when the data is invalid', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-a').replace('correct: true', 'correct: false')}` }, /content\/exercises\/sub-modul-1\.yaml is invalid:\n  - exercises\.0\.options: A single-choice item needs exactly one option/);
	});
	it('names the file when the YAML cannot be read', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': 'exercises: [unclosed\n' }, /content\/exercises\/sub-modul-1\.yaml: YAML tidak dapat dibaca/);
	});
	it('asks for the file naming scheme', () => {
		fails({ ...valid, 'content/exercises/latihan.yaml': 'exercises: []\n' }, /content\/exercises\/latihan\.yaml: name exercise files after their sub-module/);
	});
	it('asks for ids that name the sub-module', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm2-a')}` }, /exercise "sm2-a": ids in this file start with "sm1-"/);
	});
	it('refuses an id used twice', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-a')}${exercise('sm1-a')}` }, /"sm1-a": the id is also used in content\/exercises\/sub-modul-1\.yaml/);
	});
	it('refuses a lesson that does not exist', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-a', 'tiga')}` }, /lesson "tiga" does not exist \(no content\/docs\/sub-modul-1\/tiga\.mdx\)/);
	});
	it('asks to embed an exercise that no page shows, and refuses one embedded twice', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-z')}` }, /add <Exercise id="sm1-z" \/> to content\/docs\/sub-modul-1\/satu\.mdx/);
		fails(
			{ ...valid, 'content/docs/sub-modul-1/satu.mdx': page('Satu', '## Bagian pertama\n\n<Exercise id="sm1-a" />\n<Exercise id="sm1-a" />') },
			/embeds it 2 times/,
		);
	});
	it('refuses a source link to a missing page or heading, listing the anchors there', () => {
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-a', 'satu', '/sub-modul-1/satu/#tidak-ada')}` }, /no heading #tidak-ada on \/sub-modul-1\/satu\/ \(its anchors: bagian-pertama, sub-bagian\)/);
		fails({ ...valid, 'content/exercises/sub-modul-1.yaml': `exercises:\n${exercise('sm1-a', 'satu', '/sub-modul-1/empat/')}` }, /no page at \/sub-modul-1\/empat\//);
	});
});

describe('page headings', () => {
	it('slugs headings as Starlight does, without Markdown, and numbers repeats', () => {
		const headings = headingsOf('## Tahap 1: *Persiapan*\n\n```\n## not a heading\n```\n\n### [Tautan](/x/) dan `kode`\n\n## Tahap 1: Persiapan\n');
		expect(headings.map((h) => [h.depth, h.slug])).toEqual([
			[2, 'tahap-1-persiapan'],
			[3, 'tautan-dan-kode'],
			[2, 'tahap-1-persiapan-1'],
		]);
	});
});
