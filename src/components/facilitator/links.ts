/**
 * Build-time links for the facilitator's pages: lessons and their projector views, and the other
 * tools (exercises, quizzes, the role-play) only where their pages exist in this build.
 */
import { getCollection } from 'astro:content';
import { getExercises } from '../../data/exercises';

type Translate = (key: string) => string;

export interface ToolLink {
	href: string;
	title: string;
}

export function projectorHref(lessonId: string): string {
	return `/proyeksi/${lessonId}/`;
}

/** A session step's lesson, as a page link or as its projector view. */
export function stepHref(session: number, lesson: string, kind: 'lesson' | 'projector'): string {
	const id = `sub-modul-${session}/${lesson}`;
	return kind === 'lesson' ? `/${id}/` : projectorHref(id);
}

/** The interface strings the run sheet, the projector's timer and the presenter window share. */
export function agendaStrings(t: Translate) {
	return {
		breakTeh: t('paradiplomasi.agenda.break.teh'),
		breakMakan: t('paradiplomasi.agenda.break.makan'),
		breakSalat: t('paradiplomasi.agenda.break.salat'),
		overrun: t('paradiplomasi.agenda.overrun'),
		notRunning: t('paradiplomasi.agenda.notRunning'),
		startsAt: t('paradiplomasi.agenda.startsAt'),
		dayOver: t('paradiplomasi.agenda.dayOver'),
	};
}

export type AgendaStrings = ReturnType<typeof agendaStrings>;

/**
 * Pages of the other tools the facilitator's pages point to, by what they are for. Each is linked
 * only if it exists in this build, so a tool that is not there leaves no dead link.
 */
const OTHER_TOOLS = {
	/** The class quiz on the projector, and the page participants answer it on. */
	facilitatorQuiz: ['kuis/fasilitator', 'kuis/peserta'],
	/** Running the role-play: setup, its printed sheets, the groups' results, the debrief on the projector. */
	roleplay: ['permainan-peran', 'permainan-peran/cetak', 'permainan-peran/hasil', 'permainan-peran/refleksi'],
	/** What the other tools print: the role-play sheets and the A–D answer cards. */
	printables: ['permainan-peran/cetak', 'kuis/kartu-jawaban'],
	/** The check at the end of a sub-module. */
	sessionQuiz: (n: number) => [`kuis/sub-modul-${n}`],
};

export async function toolPages() {
	const docs = await getCollection('docs');
	const pick = (ids: string[]): ToolLink[] =>
		ids.flatMap((id) => {
			const page = docs.find((d) => d.id === id);
			return page ? [{ href: `/${id}/`, title: page.data.title }] : [];
		});
	return {
		facilitatorQuiz: pick(OTHER_TOOLS.facilitatorQuiz),
		roleplay: pick(OTHER_TOOLS.roleplay),
		printables: pick(OTHER_TOOLS.printables),
		sessionQuizzes: (n: number) => pick(OTHER_TOOLS.sessionQuiz(n)),
	};
}

/** The exercises of a session, in course order, with links to them in their lessons. */
export function sessionExercises(n: number): ToolLink[] {
	return getExercises()
		.filter((e) => e.submodule === n)
		.map((e) => ({ href: e.href, title: e.exercise.title }));
}
