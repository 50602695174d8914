/**
 * The course's reading order, derived from content/course/ data: pure functions.
 * A page id is its path without slashes at the ends, e.g. "sub-modul-2/aktor-negara".
 */
export interface PartOutline {
	/** "pengantar" or "sub-modul-N". */
	id: string;
	/** 0 for the Pengantar, 1 to 5 for the sub-modules. */
	number: number;
	title: string;
	/** Page ids of the readings (lessons and enrichment) in order. */
	lessons: string[];
}

export interface CourseOutline {
	parts: PartOutline[];
}

export function outlineFrom(data: {
	pengantar: { lessons: string[] };
	sessions: { number: number; title: string; lessons: string[] }[];
}): CourseOutline {
	return {
		parts: [
			{ id: 'pengantar', number: 0, title: 'Pengantar', lessons: data.pengantar.lessons.map((s) => `pengantar/${s}`) },
			...data.sessions.map((s) => ({
				id: `sub-modul-${s.number}`,
				number: s.number,
				title: s.title,
				lessons: s.lessons.map((slug) => `sub-modul-${s.number}/${slug}`),
			})),
		],
	};
}

export function allLessons(outline: CourseOutline): string[] {
	return outline.parts.flatMap((p) => p.lessons);
}

export function pageHref(id: string): string {
	return id === '' || id === 'index' ? '/' : `/${id}/`;
}

// pageIdFromPath lives in progress.ts (every page's script needs it, and not the rest of this file).
export { pageIdFromPath } from './progress';

export interface PartProgress {
	id: string;
	done: number;
	total: number;
}

export function progressByPart(outline: CourseOutline, isDone: (id: string) => boolean): PartProgress[] {
	return outline.parts.map((p) => ({ id: p.id, done: p.lessons.filter(isDone).length, total: p.lessons.length }));
}

/**
 * Where "Lanjutkan belajar" should take the learner: the last lesson opened if it is not done,
 * otherwise the first lesson after it that is not done, otherwise the first not done at all.
 * Undefined when every lesson is done.
 */
export function continueTarget(
	outline: CourseOutline,
	isDone: (id: string) => boolean,
	lastVisitedId?: string,
): string | undefined {
	const order = allLessons(outline);
	const start = lastVisitedId ? order.indexOf(lastVisitedId) : -1;
	if (start >= 0 && !isDone(order[start]!)) return order[start];
	const after = order.slice(start + 1).find((id) => !isDone(id));
	return after ?? order.find((id) => !isDone(id));
}
