/** Plain data the class-quiz islands receive from their .astro wrappers. */
import type { QuizItem } from '../../schemas/quiz';
import type { Labels } from '../exercises/labels';
import { TRUE_PART } from '../../engine/class-quiz';

export interface ClassSetView {
	id: string;
	/** Its number inside result codes. */
	index: number;
	/** The quiz code participants type: "PRE", "SM3". */
	code: string;
	title: string;
	/** Questions in the set's order. */
	itemIds: string[];
	/** Item id → its answer cards in A–D order. */
	parts: Record<string, string[]>;
	/** The seed saved with a participant's attempt. */
	seed: number;
}

/** The text on an answer card: the option's text, or "Benar"/"Salah". */
export function cardText(item: QuizItem, card: string, labels: Labels): string {
	if (item.type === 'single' || item.type === 'multiple') return item.options.find((o) => o.id === card)?.text ?? card;
	return card === TRUE_PART ? labels['choice.true'] : labels['choice.false'];
}

export const letter = (i: number) => String.fromCharCode(65 + i);
