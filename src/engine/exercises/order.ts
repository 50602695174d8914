/**
 * The order in which an item's parts are shown, and a fresh answer, both from a seed so that the
 * server, the browser and a later review all see the same thing. Pure; no schemas needed.
 */
import type { GradedItem } from '../../schemas/exercise';
import { shuffle, shuffleAway } from './shuffle';

/** A fresh answer: nothing chosen, or for ordering the steps shuffled away from the right order. */
export function startAnswer(item: GradedItem, seed: number): unknown {
	switch (item.type) {
		case 'single':
			return null;
		case 'multiple':
			return [];
		case 'ordering':
			return shuffleAway(
				item.steps.map((s) => s.id),
				seed,
			);
		case 'shortanswer':
			return '';
		default:
			return {};
	}
}

/**
 * The order in which the parts are shown: options and statements (unless the author turned
 * shuffling off), the right-hand texts of a matching item, the cards of a sorting item.
 */
export function displayOrder(item: GradedItem, seed: number): string[] {
	switch (item.type) {
		case 'single':
		case 'multiple': {
			const ids = item.options.map((o) => o.id);
			return item.shuffle ? shuffle(ids, seed) : ids;
		}
		case 'truefalse': {
			const ids = item.statements.map((s) => s.id);
			return item.shuffle ? shuffle(ids, seed) : ids;
		}
		case 'matching':
			return shuffle([...item.pairs.map((p) => p.id), ...item.distractors.map((d) => d.id)], seed);
		case 'sorting':
			return shuffle(
				item.cards.map((c) => c.id),
				seed,
			);
		case 'ordering':
			return item.steps.map((s) => s.id);
		case 'shortanswer':
			return [];
	}
}
