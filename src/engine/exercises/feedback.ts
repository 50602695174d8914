/** Which feedback a checked answer gets. Pure: the island only renders what this returns. */
import type { GradedItem } from '../../schemas/exercise';
import { readAnswer, type Grade } from './grade';

export type FeedbackLevel = 'correct' | 'partial' | 'incorrect';

export interface PartNote {
	/** The part the note is about (option, statement, pair or card text). */
	part: string;
	note: string;
}

export interface Feedback {
	level: FeedbackLevel;
	/** The author's own message for this level, if any; otherwise the island shows the standard one. */
	message?: string;
	/** Notes on the parts the learner got wrong (or, for single choice, on the option picked). */
	notes: PartNote[];
}

export function feedbackLevel(grade: Grade): FeedbackLevel {
	return grade.correct ? 'correct' : grade.score > 0 ? 'partial' : 'incorrect';
}

function partNotes(item: GradedItem, answer: unknown, grade: Grade): PartNote[] {
	const wrong = (id: string) => grade.perPart?.[id] === false;
	switch (item.type) {
		case 'single': {
			const chosen = item.options.find((o) => o.id === readAnswer(item, answer));
			return chosen?.feedback ? [{ part: chosen.text, note: chosen.feedback }] : [];
		}
		case 'multiple':
			return item.options.filter((o) => o.feedback && wrong(o.id)).map((o) => ({ part: o.text, note: o.feedback! }));
		case 'truefalse':
			return item.statements.filter((s) => s.explanation && wrong(s.id)).map((s) => ({ part: s.text, note: s.explanation! }));
		case 'matching':
			return item.pairs.filter((p) => p.explanation && wrong(p.id)).map((p) => ({ part: p.left, note: p.explanation! }));
		case 'sorting':
			return item.cards.filter((c) => c.explanation && wrong(c.id)).map((c) => ({ part: c.text, note: c.explanation! }));
		case 'ordering':
		case 'shortanswer':
			return [];
	}
}

export function selectFeedback(item: GradedItem, answer: unknown, grade: Grade): Feedback {
	const level = feedbackLevel(grade);
	const message = item.feedback?.[level];
	return { level, ...(message ? { message } : {}), notes: partNotes(item, answer, grade) };
}
