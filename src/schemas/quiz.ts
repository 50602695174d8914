import { z } from 'zod';
import {
	MatchingSchema,
	MultipleChoiceSchema,
	OrderingSchema,
	ShortAnswerSchema,
	SingleChoiceSchema,
	SortingSchema,
	TrueFalseSchema,
} from './exercise';
import { choiceShape } from '../engine/choice-shape';

/**
 * Quiz banks (content/quizzes/sub-modul-N.yaml): one bank per sub-module, at least 12 items. An item
 * has the same shape as a graded exercise item (see exercise.ts: id, prompt, explanation, source,
 * and the type's own parts), plus `facilitator`. Item ids start with "kN-" and are unique across
 * all banks, because the pre-test and post-test mix items from every bank.
 */

export const MIN_BANK_ITEMS = 12;

const Facilitator = {
	/** true: the item suits the facilitator's projector quiz and the pre-test and post-test. Only a
	 * single or multiple choice with at most four options, or a true/false with one statement. */
	facilitator: z.boolean().default(false),
};

export const QuizItemSchema = z.discriminatedUnion('type', [
	SingleChoiceSchema.safeExtend(Facilitator),
	MultipleChoiceSchema.safeExtend(Facilitator),
	TrueFalseSchema.safeExtend(Facilitator),
	OrderingSchema.safeExtend(Facilitator),
	MatchingSchema.safeExtend(Facilitator),
	SortingSchema.safeExtend(Facilitator),
	ShortAnswerSchema.safeExtend(Facilitator),
]);

export type QuizItem = z.output<typeof QuizItemSchema>;
export type QuizItemInput = z.input<typeof QuizItemSchema>;


/** content/quizzes/sub-modul-N.yaml */
export const QuizBankFileSchema = z
	.strictObject({
		/** The questions; at least 12, of several types. */
		items: z
			.array(QuizItemSchema)
			.min(MIN_BANK_ITEMS, `A bank needs at least ${MIN_BANK_ITEMS} items; add more questions.`),
	})
	.superRefine((bank, ctx) => {
		for (const [i, item] of bank.items.entries()) {
			if (!item.facilitator) continue;
			const shape = choiceShape(item);
			if ('problem' in shape)
				ctx.addIssue({
					code: 'custom',
					path: ['items', i, 'facilitator'],
					message: `Item "${item.id}" is marked facilitator: true, but ${shape.problem}; remove the mark or change the item.`,
				});
		}
	});

export type QuizBankFile = z.output<typeof QuizBankFileSchema>;
