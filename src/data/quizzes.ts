/**
 * Loads and validates the quiz banks in content/quizzes/sub-modul-N.yaml at build time (Node only),
 * and assembles what the quiz pages use: the fixed pre-test and post-test and the class sets.
 * Besides the schema it checks what ties a bank to the course: every sub-module has a bank, item ids
 * start with "kN-" and are unique, and every source link leads to a heading of a lesson in that
 * sub-module. Every problem names the file and what to fix, and stops the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CourseDataError, loadCourse, readYaml, validateFile } from './course';
import { readPage, type PageInfo } from './pages';
import { QuizBankFileSchema, type QuizItem } from '../schemas/quiz';
import { assembleTests, PRE_TEST, TEST_SIZE, type TestPair } from '../engine/quiz';
import { classSetDefs, type ClassSetDef } from '../engine/class-quiz';

export interface QuizBank {
	submodule: number;
	/** "content/quizzes/sub-modul-3.yaml" */
	file: string;
	items: QuizItem[];
}

export interface SourceLink {
	href: string;
	/** "Model paradiplomasi Bali: Kerja sama dengan Christian Dior Couture" */
	label: string;
}

export interface ClassSetData extends ClassSetDef {
	itemIds: string[];
}

export interface QuizCatalog {
	banks: QuizBank[];
	/** Item id → the lesson section it tests. */
	sources: Record<string, SourceLink>;
	tests: TestPair;
	classSets: ClassSetData[];
}

const QUIZ_DIR = join('content', 'quizzes');

function resolveSource(
	link: string,
	page: (id: string) => PageInfo | undefined,
): { label: string } | { problem: string } {
	const [path, anchor] = link.split('#') as [string, string | undefined];
	const info = page(path.replace(/^\/|\/$/g, ''));
	if (!info) return { problem: `no page at ${path}` };
	if (!anchor) return { label: info.title };
	const heading = info.headings.find((h) => h.slug === anchor);
	if (!heading)
		return {
			problem: `no heading #${anchor} on ${path} (its anchors: ${info.headings.map((h) => h.slug).join(', ')})`,
		};
	return { label: `${info.title}: ${heading.text}` };
}

export function loadQuizCatalog(root = process.cwd()): QuizCatalog {
	const course = loadCourse(root);
	const dir = join(root, QUIZ_DIR);
	const names = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => /\.ya?ml$/.test(f))
				.sort()
		: [];
	const pageCache = new Map<string, PageInfo | undefined>();
	const page = (id: string) => {
		if (!pageCache.has(id)) pageCache.set(id, readPage(id, root));
		return pageCache.get(id);
	};
	const banks: QuizBank[] = [];
	const sources: Record<string, SourceLink> = {};
	const seen = new Map<string, string>();

	for (const name of names) {
		const file = join(QUIZ_DIR, name);
		const n = Number(/^sub-modul-([1-5])\.yaml$/.exec(name)?.[1]);
		if (!n)
			throw new CourseDataError(
				`${file}: name quiz banks after their sub-module, sub-modul-1.yaml to sub-modul-5.yaml.`,
			);
		const bank = validateFile(QuizBankFileSchema, readYaml(join(root, file), root), file);
		for (const item of bank.items) {
			const where = `${file}: item "${item.id}"`;
			if (!item.id.startsWith(`k${n}-`))
				throw new CourseDataError(`${where}: ids in this file start with "k${n}-"; rename it.`);
			if (seen.has(item.id))
				throw new CourseDataError(`${where}: the id is also used in ${seen.get(item.id)}; give each item its own id.`);
			seen.set(item.id, file);
			if (!item.source.startsWith(`/sub-modul-${n}/`))
				throw new CourseDataError(
					`${where}: source ${item.source} is outside Sub-modul ${n}; link to the lesson of this sub-module that the item tests.`,
				);
			const resolved = resolveSource(item.source, page);
			if ('problem' in resolved)
				throw new CourseDataError(
					`${where}: source ${item.source}: ${resolved.problem}. Link to an existing page and heading.`,
				);
			sources[item.id] = { href: item.source, label: resolved.label };
		}
		banks.push({ submodule: n, file, items: bank.items });
	}
	for (const session of course.sessions)
		if (!banks.some((b) => b.submodule === session.number))
			throw new CourseDataError(
				`${QUIZ_DIR}: Sub-modul ${session.number} has no quiz bank; add ${QUIZ_DIR}/sub-modul-${session.number}.yaml.`,
			);

	// The tests draw on the facilitator items, so that the same tests can run in class; each
	// sub-module's share follows its minutes in the syllabus.
	const pools = banks.map((b) => ({
		submodule: b.submodule,
		weight: course.sessions.find((s) => s.number === b.submodule)!.minutes,
		itemIds: b.items.filter((i) => i.facilitator).map((i) => i.id),
	}));
	const tests = assembleTests(pools, TEST_SIZE);
	if (tests.pre.length < TEST_SIZE)
		throw new CourseDataError(
			`${QUIZ_DIR}: the pre-test needs ${TEST_SIZE} items marked facilitator: true, but the banks offer only ${tests.pre.length}; mark or add more single, multiple or one-statement truefalse items with at most 4 options.`,
		);

	const classSets = classSetDefs(banks.map((b) => b.submodule)).map((def) => ({
		...def,
		itemIds:
			def.submodule === undefined
				? def.id === PRE_TEST
					? tests.pre
					: tests.post
				: banks
						.find((b) => b.submodule === def.submodule)!
						.items.filter((i) => i.facilitator)
						.map((i) => i.id),
	}));
	return { banks, sources, tests, classSets };
}

let cached: QuizCatalog | undefined;

/** The quiz banks and the sets built from them, loaded once per build. */
export function getQuizCatalog(): QuizCatalog {
	cached ??= loadQuizCatalog();
	return cached;
}
