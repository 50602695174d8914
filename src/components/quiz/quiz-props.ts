/**
 * What the quiz wrappers hand to their islands, built at build time from the validated banks
 * (src/data/quizzes.ts) and the interface strings: plain, serialisable data only.
 */
import { getQuizCatalog, type SourceLink } from '../../data/quizzes';
import { fill } from '../../data/format';
import { cardOrder, classSeed } from '../../engine/class-quiz';
import { PRE_TEST } from '../../engine/quiz';
import { UiStringsSchema, type UiKey } from '../../schemas/ui-strings';
import type { QuizItem } from '../../schemas/quiz';
import { LABEL_PREFIX, type Labels } from '../../islands/exercises/labels';
import { QUIZ_LABEL_PREFIX, type QuizLabels } from '../../islands/quiz/labels';
import type { ClassSetView } from '../../islands/quiz/types';

type T = (key: UiKey) => string;

function withPrefix(t: T, prefix: string): Record<string, string> {
	return Object.fromEntries(
		Object.keys(UiStringsSchema.shape)
			.filter((key) => key.startsWith(prefix))
			.map((key) => [key.slice(prefix.length), t(key as UiKey)]),
	);
}

export const quizLabels = (t: T) => withPrefix(t, QUIZ_LABEL_PREFIX) as QuizLabels;
export const exerciseLabels = (t: T) => withPrefix(t, LABEL_PREFIX) as Labels;

export function itemsById(): Map<string, QuizItem> {
	return new Map(getQuizCatalog().banks.flatMap((b) => b.items.map((i) => [i.id, i] as const)));
}

export function sourcesFor(items: readonly QuizItem[]): Record<string, SourceLink> {
	const { sources } = getQuizCatalog();
	return Object.fromEntries(items.map((i) => [i.id, sources[i.id]!]));
}

/** The class sets with their titles and the A–D order of every question's cards. */
export function classSetViews(t: T): { sets: ClassSetView[]; items: QuizItem[] } {
	const byId = itemsById();
	const sets = getQuizCatalog().classSets.map((set) => ({
		id: set.id,
		index: set.index,
		code: set.code,
		title:
			set.submodule !== undefined
				? fill(t('paradiplomasi.quiz.set.class'), { n: set.submodule })
				: t(set.id === PRE_TEST ? 'paradiplomasi.quiz.set.pre' : 'paradiplomasi.quiz.set.post'),
		itemIds: set.itemIds,
		parts: Object.fromEntries(set.itemIds.map((id) => [id, cardOrder(set.id, byId.get(id)!)])),
		seed: classSeed(set.id),
	}));
	const ids = [...new Set(sets.flatMap((s) => s.itemIds))];
	return { sets, items: ids.map((id) => byId.get(id)!) };
}
