/**
 * The content lint for exercises: every file in content/exercises/ validates, ids are unique,
 * every explanation links to a real page and heading, every sub-module has at least four
 * exercises, and the lessons embed exactly the exercises that exist.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadExercises } from '../../src/data/exercises';
import { gradeItem, solution, startAnswer } from '../../src/engine/exercises/grade';
import { normaliseAnswer } from '../../src/engine/exercises/text';
import { seedFrom } from '../../src/engine/exercises/shuffle';
import { ExerciseFileSchema, isGraded, type ExerciseType } from '../../src/schemas/exercise';
import { loadPages } from './site';

const placed = loadExercises();
const pages = loadPages();
const byId = new Map(pages.map((p) => [p.id, p]));
const dir = join(process.cwd(), 'content', 'exercises');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('exercise files', () => {
	it('there is one file per sub-module', () => {
		expect(files.sort()).toEqual(['sub-modul-1.yaml', 'sub-modul-2.yaml', 'sub-modul-3.yaml', 'sub-modul-4.yaml', 'sub-modul-5.yaml']);
	});

	it.each(files)('%s validates against the schema', (file) => {
		const result = ExerciseFileSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
		expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
	});

	it('every id is unique across the course', () => {
		const ids = placed.map((p) => p.exercise.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('each sub-module has at least four exercises', () => {
		for (const n of [1, 2, 3, 4, 5]) expect(placed.filter((p) => p.submodule === n).length, `sub-modul-${n}`).toBeGreaterThanOrEqual(4);
	});

	it('every exercise type is used somewhere', () => {
		const types: ExerciseType[] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'sorting', 'shortanswer', 'brainstorm', 'worksheet'];
		expect(types.filter((t) => !placed.some((p) => p.exercise.type === t))).toEqual([]);
	});
});

describe('links and placement', () => {
	it('every explanation links to an existing page and heading anchor', () => {
		const broken = placed.flatMap(({ exercise }) => {
			if (!isGraded(exercise)) return [];
			const [path, anchor] = exercise.source.split('#') as [string, string | undefined];
			const page = byId.get(path.replace(/^\/|\/$/g, ''));
			if (!page) return [`${exercise.id}: no page ${path}`];
			if (anchor && !page.headings.some((h) => h.slug === anchor)) return [`${exercise.id}: no #${anchor} on ${path}`];
			return [];
		});
		expect(broken).toEqual([]);
	});

	it('every exercise links to a lesson of its own sub-module', () => {
		const elsewhere = placed.filter(({ exercise, submodule }) => isGraded(exercise) && !exercise.source.startsWith(`/sub-modul-${submodule}/`));
		expect(elsewhere.map((p) => p.exercise.id)).toEqual([]);
	});

	it('the lessons embed exactly the exercises that exist, once each, and import the component', () => {
		const known = new Set(placed.map((p) => p.exercise.id));
		const embedded = pages.flatMap((p) => [...p.body.matchAll(/<Exercise\s+id=["']([^"']+)["']/g)].map((m) => ({ page: p, id: m[1]! })));
		expect(embedded.filter((e) => !known.has(e.id)).map((e) => `${e.page.file}: ${e.id}`)).toEqual([]);
		expect(embedded.map((e) => e.id).sort()).toEqual([...known].sort());
		const withoutImport = [...new Set(embedded.map((e) => e.page))].filter((p) => !p.body.includes("import Exercise from '~/components/Exercise.astro';"));
		expect(withoutImport.map((p) => p.file)).toEqual([]);
	});

	it('each exercise sits in the lesson its file names', () => {
		const misplaced = placed.filter(({ exercise, page }) => !byId.get(page)?.body.includes(`<Exercise id="${exercise.id}"`));
		expect(misplaced.map((p) => p.exercise.id)).toEqual([]);
	});
});

describe('answers', () => {
	it('every graded exercise is solvable: its solution earns full marks', () => {
		const unsolvable = placed.filter(({ exercise }) => isGraded(exercise) && !gradeItem(exercise, solution(exercise)).correct);
		expect(unsolvable.map((p) => p.exercise.id)).toEqual([]);
	});

	it('no ordering exercise starts solved', () => {
		const solved = placed.filter(({ exercise }) => exercise.type === 'ordering' && gradeItem(exercise, startAnswer(exercise, seedFrom(exercise.id))).correct);
		expect(solved.map((p) => p.exercise.id)).toEqual([]);
	});

	it('short answers appear in the lesson section they come from', () => {
		const missing = placed.flatMap(({ exercise }) => {
			if (exercise.type !== 'shortanswer') return [];
			const page = byId.get(exercise.source.split('#')[0]!.replace(/^\/|\/$/g, ''))!;
			return normaliseAnswer(page.text).includes(normaliseAnswer(exercise.accepted[0]!)) ? [] : [exercise.id];
		});
		expect(missing).toEqual([]);
	});
});
