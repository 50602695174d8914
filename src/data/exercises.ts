/**
 * Loads and validates the exercises in content/exercises/sub-modul-N.yaml at build time (Node
 * only). Besides the schema it checks what ties an exercise to the course: its id names its
 * sub-module and is unique, its lesson page exists and embeds it exactly once, and its source link
 * leads to a real heading. Every problem names the file and what to fix, and stops the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CourseDataError, loadCourse, readYaml, validateFile } from './course';
import { readPage, type PageInfo } from './pages';
import { ExerciseFileSchema, isGraded, type Exercise } from '../schemas/exercise';

export interface PlacedExercise {
	exercise: Exercise;
	submodule: number;
	/** The data file, e.g. "content/exercises/sub-modul-3.yaml". */
	file: string;
	/** The page that embeds it, e.g. "sub-modul-3/perbandingan-model". */
	page: string;
	/** Link to the exercise on its page. */
	href: string;
	/** Heading level of the exercise title: one below the section it sits in. */
	headingLevel: 2 | 3 | 4;
	/** Where its explanation sends the learner: the source link and the section's name. */
	source?: { href: string; label: string };
}

const EXERCISE_DIR = join('content', 'exercises');

/** The heading level for something placed at `offset` in a page: one below the section around it. */
function levelAt(page: PageInfo, offset: number): 2 | 3 | 4 {
	const around = page.headings.filter((h) => h.at < offset).at(-1);
	return around ? (Math.min(4, around.depth + 1) as 3 | 4) : 2;
}

function resolveSource(link: string, pages: (id: string) => PageInfo | undefined): { label: string } | { problem: string } {
	const [path, anchor] = link.split('#') as [string, string | undefined];
	const page = pages(path.replace(/^\/|\/$/g, ''));
	if (!page) return { problem: `no page at ${path}` };
	if (!anchor) return { label: page.title };
	const heading = page.headings.find((h) => h.slug === anchor);
	if (!heading) return { problem: `no heading #${anchor} on ${path} (its anchors: ${page.headings.map((h) => h.slug).join(', ')})` };
	return { label: `${page.title}: ${heading.text}` };
}

export function loadExercises(root = process.cwd()): PlacedExercise[] {
	const dir = join(root, EXERCISE_DIR);
	if (!existsSync(dir)) return [];
	const course = loadCourse(root);
	const pageCache = new Map<string, PageInfo | undefined>();
	const pages = (id: string) => {
		if (!pageCache.has(id)) pageCache.set(id, readPage(id, root));
		return pageCache.get(id);
	};
	const placed: (PlacedExercise & { order: number })[] = [];
	const seen = new Map<string, string>();

	for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
		const file = join(EXERCISE_DIR, name);
		const n = Number(/^sub-modul-([1-5])\.yaml$/.exec(name)?.[1]);
		if (!n) throw new CourseDataError(`${file}: name exercise files after their sub-module, sub-modul-1.yaml to sub-modul-5.yaml.`);
		const { exercises } = validateFile(ExerciseFileSchema, readYaml(join(root, file), root), file);
		const lessons = course.sessions.find((s) => s.number === n)?.lessons ?? [];

		for (const exercise of exercises) {
			const { id } = exercise;
			const where = `${file}: exercise "${id}"`;
			if (!id.startsWith(`sm${n}-`)) throw new CourseDataError(`${where}: ids in this file start with "sm${n}-"; rename it.`);
			if (seen.has(id)) throw new CourseDataError(`${where}: the id is also used in ${seen.get(id)}; give each exercise its own id.`);
			seen.set(id, file);

			const pageId = `sub-modul-${n}/${exercise.lesson}`;
			const page = pages(pageId);
			if (!page) throw new CourseDataError(`${where}: lesson "${exercise.lesson}" does not exist (no content/docs/${pageId}.mdx).`);
			const uses = [...page.body.matchAll(new RegExp(`<Exercise\\s+id=["']${id}["']`, 'g'))];
			if (uses.length === 0)
				throw new CourseDataError(`${where}: add <Exercise id="${id}" /> to ${page.file}, next to the activity it belongs to.`);
			if (uses.length > 1) throw new CourseDataError(`${where}: ${page.file} embeds it ${uses.length} times; keep one.`);

			let source: PlacedExercise['source'];
			if (isGraded(exercise)) {
				const resolved = resolveSource(exercise.source, pages);
				if ('problem' in resolved) throw new CourseDataError(`${where}: source ${exercise.source}: ${resolved.problem}.`);
				source = { href: exercise.source, label: resolved.label };
			}
			const lessonIndex = lessons.indexOf(exercise.lesson);
			placed.push({
				exercise,
				submodule: n,
				file,
				page: pageId,
				href: `/${pageId}/#${id}`,
				headingLevel: levelAt(page, uses[0]!.index),
				...(source ? { source } : {}),
				order: n * 1e8 + (lessonIndex < 0 ? 999 : lessonIndex) * 1e5 + uses[0]!.index,
			});
		}
	}
	return placed.sort((a, b) => a.order - b.order).map(({ order: _, ...rest }) => rest);
}

let cached: PlacedExercise[] | undefined;

/** All exercises in course order, loaded once per build. */
export function getExercises(): PlacedExercise[] {
	cached ??= loadExercises();
	return cached;
}
