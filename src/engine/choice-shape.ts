/**
 * Which quiz items can be answered by raising an A–D card, and with which choices: pure, and free
 * of zod so that the browser's quiz code does not pull in the build-time schemas.
 */
import type { QuizItem } from '../schemas/quiz';

/** The most options an item may have to be shown on a projector and answered with A–D cards. */
export const MAX_FACILITATOR_OPTIONS = 4;

/** A question that can be answered by raising an A–D card: its choices, in the author's order. */
export type ChoiceShape = { kind: 'single' | 'multiple'; options: string[] } | { kind: 'truefalse'; statement: string };

/** The item's card shape, or why it has none (an author-facing message). */
export function choiceShape(item: QuizItem): ChoiceShape | { problem: string } {
	if (item.type === 'single' || item.type === 'multiple') {
		if (item.options.length > MAX_FACILITATOR_OPTIONS)
			return {
				problem: `it has ${item.options.length} options; a facilitator item has at most ${MAX_FACILITATOR_OPTIONS} (one per A–D card)`,
			};
		return { kind: item.type, options: item.options.map((o) => o.id) };
	}
	if (item.type === 'truefalse') {
		if (item.statements.length !== 1)
			return { problem: `it has ${item.statements.length} statements; a facilitator true/false item has exactly one` };
		return { kind: 'truefalse', statement: item.statements[0]!.id };
	}
	return {
		problem: `a "${item.type}" item cannot be answered with A–D cards; use single, multiple or a one-statement truefalse`,
	};
}
