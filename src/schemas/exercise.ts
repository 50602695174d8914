import { z } from 'zod';

/**
 * Exercises and their items (content/exercises/sub-modul-N.yaml).
 *
 * An *item* is one gradable question of a given `type`; the quiz banks reuse the same item shapes.
 * An *exercise* is an item (or one of the two open types, which are not graded) plus where it sits
 * in the course. Parts (options, steps, cards …) may leave out `id`: it then comes from the text
 * ("Dana yang dibutuhkan" → "dana-yang-dibutuhkan"), so reordering parts keeps saved answers valid.
 * Objects are strict: an unknown or misspelt key is an error (it often means a YAML flow mapping
 * `{ text: a, b }` split a text at its comma; quote such texts).
 */

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, e.g. "sm3-cocokkan-kasus".');

/** Plain text with *italics*; no HTML. */
const Text = (min = 1, max = 600) =>
	z
		.string()
		.trim()
		.min(min)
		.max(max)
		.refine((s) => !/[<>]/.test(s), 'Write plain text (*italics* allowed); "<" and ">" are not allowed.');

/** A link to a lesson section, e.g. "/sub-modul-3/model-bali/#kerja-sama-dengan-christian-dior-couture". */
export const SourceLink = z
	.string()
	.regex(
		/^\/(pengantar|sub-modul-[1-5])\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/,
		'Link to a lesson section: "/sub-modul-N/<page>/#<heading-anchor>" (anchors come from github-slugger).',
	);

/** The id a part gets from its text when the author leaves `id` out. */
export function idFromText(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'x'
	);
}

function withIds<T extends { id?: string | undefined }>(parts: T[], text: (part: T) => string): (T & { id: string })[] {
	return parts.map((part) => ({ ...part, id: part.id ?? idFromText(text(part)) }));
}

function uniqueIds(parts: { id: string }[], ctx: z.RefinementCtx, path: string, what: string): void {
	const seen = new Set<string>();
	for (const [i, part] of parts.entries()) {
		if (seen.has(part.id))
			ctx.addIssue({
				code: 'custom',
				path: [path, i, 'id'],
				message: `Two ${what} have the id "${part.id}" (from their text); give one of them its own "id:".`,
			});
		seen.add(part.id);
	}
}

/** Messages that replace the standard "Tepat!" / "Sebagian benar." / "Belum tepat." lines. */
const FeedbackSchema = z.strictObject({
	correct: Text().optional(),
	partial: Text().optional(),
	incorrect: Text().optional(),
});

/** Fields every graded item has. */
const ItemBase = {
	/** Stable id: saved answers are kept under it. Exercises start with "smN-". */
	id: Id,
	/** The question or task, in one to three sentences. */
	prompt: Text(10, 800),
	/** Why the answer is right, in Bahasa Indonesia, drawn from the lesson text; shown after checking. */
	explanation: Text(20, 1200),
	/** The lesson section the answer comes from (a link with its heading anchor). */
	source: SourceLink,
	/** Optional own messages for a right, partly right or wrong answer. */
	feedback: FeedbackSchema.optional(),
};

/** An answer option of a choice item. */
const OptionSchema = z.strictObject({
	/** Optional; defaults to the text as a slug. */
	id: Id.optional(),
	text: Text(1, 300),
	/** true for a right option. */
	correct: z.boolean().default(false),
	/** Shown when the learner picks this option (single) or decides it wrongly (multiple). */
	feedback: Text().optional(),
});

const options = z
	.array(OptionSchema)
	.min(2)
	.max(10)
	.transform((list) => withIds(list, (o) => o.text));

/** Shuffle the parts for the learner (default); set false where the order carries meaning. */
const shuffle = z.boolean().default(true);

export const SingleChoiceSchema = z
	.object({
		type: z.literal('single'),
		...ItemBase,
		/** Two to ten options, exactly one with `correct: true`. */
		options,
		shuffle,
	})
	.superRefine((item, ctx) => {
		uniqueIds(item.options, ctx, 'options', 'options');
		const right = item.options.filter((o) => o.correct).length;
		if (right !== 1)
			ctx.addIssue({ code: 'custom', path: ['options'], message: `A single-choice item needs exactly one option with "correct: true"; it has ${right}.` });
	});

export const MultipleChoiceSchema = z
	.object({
		type: z.literal('multiple'),
		...ItemBase,
		/** Two to ten options; at least one right and one wrong. */
		options,
		shuffle,
	})
	.superRefine((item, ctx) => {
		uniqueIds(item.options, ctx, 'options', 'options');
		const right = item.options.filter((o) => o.correct).length;
		if (right === 0 || right === item.options.length)
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'A multiple-choice item needs at least one right and one wrong option.' });
	});

/** One statement to judge true or false. */
const StatementSchema = z.strictObject({
	id: Id.optional(),
	text: Text(5, 400),
	/** true if the statement is right according to the lesson. */
	answer: z.boolean(),
	/** Why, shown when the learner judges it wrongly. */
	explanation: Text().optional(),
});

export const TrueFalseSchema = z
	.object({
		type: z.literal('truefalse'),
		...ItemBase,
		/** One or more statements; each earns one point. */
		statements: z
			.array(StatementSchema)
			.min(1)
			.max(12)
			.transform((list) => withIds(list, (s) => s.text)),
		shuffle,
	})
	.superRefine((item, ctx) => uniqueIds(item.statements, ctx, 'statements', 'statements'));

/** One step of a sequence: its text, or `{ id, text }`. */
const StepSchema = z.union([
	Text(1, 300).transform((text): { id?: string; text: string } => ({ text })),
	z.strictObject({ id: Id.optional(), text: Text(1, 300) }),
]);

export const OrderingSchema = z
	.object({
		type: z.literal('ordering'),
		...ItemBase,
		/** The steps in the RIGHT order; the learner sees them shuffled. Each step in its place earns a point. */
		steps: z
			.array(StepSchema)
			.min(3)
			.max(12)
			.transform((list) => withIds(list, (s) => s.text)),
	})
	.superRefine((item, ctx) => uniqueIds(item.steps, ctx, 'steps', 'steps'));

/** A pair of the matching item: `left` is fixed, the learner finds its `right`. */
const PairSchema = z.strictObject({
	id: Id.optional(),
	left: Text(1, 200),
	right: Text(1, 400),
	/** Why they belong together, shown when the learner pairs them wrongly. */
	explanation: Text().optional(),
});

/** A right-hand text that belongs to no left item. */
const DistractorSchema = z.strictObject({ id: Id.optional(), text: Text(1, 400) });

export const MatchingSchema = z
	.object({
		type: z.literal('matching'),
		...ItemBase,
		/** Two to ten pairs; each right pair earns one point. */
		pairs: z
			.array(PairSchema)
			.min(2)
			.max(10)
			.transform((list) => withIds(list, (p) => p.left)),
		/** Optional extra right-hand texts that match nothing. */
		distractors: z
			.array(DistractorSchema)
			.max(5)
			.default([])
			.transform((list) => withIds(list, (d) => d.text)),
	})
	.superRefine((item, ctx) => {
		uniqueIds([...item.pairs, ...item.distractors], ctx, 'pairs', 'pairs and distractors');
	});

/** A group cards are sorted into. */
const CategorySchema = z.strictObject({ id: Id, label: Text(1, 120) });

/** A card to sort. */
const CardSchema = z.strictObject({
	id: Id.optional(),
	text: Text(1, 300),
	/** The id of the category the card belongs to. */
	category: Id,
	/** Why it belongs there, shown when the learner places it wrongly. */
	explanation: Text().optional(),
});

export const SortingSchema = z
	.object({
		type: z.literal('sorting'),
		...ItemBase,
		/** Two to six groups. */
		categories: z.array(CategorySchema).min(2).max(6),
		/** The cards, each with the id of its category; each card in its group earns a point. */
		cards: z
			.array(CardSchema)
			.min(2)
			.max(16)
			.transform((list) => withIds(list, (c) => c.text)),
	})
	.superRefine((item, ctx) => {
		uniqueIds(item.categories, ctx, 'categories', 'categories');
		uniqueIds(item.cards, ctx, 'cards', 'cards');
		const ids = new Set(item.categories.map((c) => c.id));
		for (const [i, card] of item.cards.entries())
			if (!ids.has(card.category))
				ctx.addIssue({
					code: 'custom',
					path: ['cards', i, 'category'],
					message: `Card "${card.text}" names category "${card.category}", which is not one of: ${[...ids].join(', ')}.`,
				});
		for (const category of item.categories)
			if (!item.cards.some((c) => c.category === category.id))
				ctx.addIssue({ code: 'custom', path: ['categories'], message: `Category "${category.id}" has no card; add one or remove the category.` });
	});

export const ShortAnswerSchema = z.strictObject({
	type: z.literal('shortanswer'),
	...ItemBase,
	/** Accepted answers; case, spacing, hyphens, punctuation and accents are ignored when comparing. */
	accepted: z.array(Text(1, 120)).min(1).max(12),
	/** Label of the input field. */
	label: Text(1, 120).optional(),
});

export const GradedItemSchema = z.discriminatedUnion('type', [
	SingleChoiceSchema,
	MultipleChoiceSchema,
	TrueFalseSchema,
	OrderingSchema,
	MatchingSchema,
	SortingSchema,
	ShortAnswerSchema,
]);

/** A column of the brainstorm board. */
const ColumnSchema = z.strictObject({
	id: Id,
	label: Text(1, 80),
	/** A short question that tells what goes in this column. */
	hint: Text(1, 200).optional(),
});

export const BrainstormSchema = z
	.object({
		type: z.literal('brainstorm'),
		id: Id,
		/** What to write on the board. */
		prompt: Text(10, 800),
		/** One to eight columns; notes can be moved between them. */
		columns: z.array(ColumnSchema).min(1).max(8),
		/** Example notes shown beside the board to get the learner started. */
		examples: z.array(Text(1, 200)).max(8).default([]),
		/** Notes needed before the exercise counts as done. */
		minNotes: z.number().int().min(1).max(20).default(1),
	})
	.superRefine((item, ctx) => uniqueIds(item.columns, ctx, 'columns', 'columns'));

/** A column of a worksheet table. */
const TableColumnSchema = z.strictObject({
	id: Id,
	label: Text(1, 80),
	/** A fixed list to choose from; leave out for free text. */
	options: z.array(Text(1, 80)).min(2).max(8).optional(),
});

/** One field of a worksheet. */
const FieldSchema = z
	.object({
		id: Id,
		label: Text(1, 160),
		/** A short guiding question or example. */
		hint: Text(1, 300).optional(),
		/** text: one line; long: a paragraph; choice: one of `options`; table: rows with `columns`. */
		kind: z.enum(['text', 'long', 'choice', 'table']),
		options: z.array(Text(1, 80)).min(2).max(8).optional(),
		columns: z.array(TableColumnSchema).min(2).max(6).optional(),
		/** Rows shown at the start of a table. */
		rows: z.number().int().min(1).max(10).default(2),
		/** A required field must be filled before the worksheet counts as done. */
		required: z.boolean().default(false),
	})
	.superRefine((field, ctx) => {
		if (field.kind === 'choice' && !field.options)
			ctx.addIssue({ code: 'custom', path: ['options'], message: `Field "${field.id}" is a choice: list its "options".` });
		if (field.kind === 'table' && !field.columns)
			ctx.addIssue({ code: 'custom', path: ['columns'], message: `Field "${field.id}" is a table: list its "columns".` });
		if (field.columns) uniqueIds(field.columns, ctx, 'columns', 'columns');
	});

/** A group of fields with an optional title (e.g. the four boxes of a SWOT). */
const SectionSchema = z.strictObject({ title: Text(1, 120).optional(), fields: z.array(FieldSchema).min(1).max(12) });

export const WorksheetSchema = z
	.object({
		type: z.literal('worksheet'),
		id: Id,
		/** What the worksheet is for and how to fill it. */
		prompt: Text(10, 800),
		sections: z.array(SectionSchema).min(1).max(8),
	})
	.superRefine((item, ctx) => {
		const seen = new Set<string>();
		for (const field of item.sections.flatMap((s) => s.fields)) {
			if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: ['sections'], message: `Two fields have the id "${field.id}".` });
			seen.add(field.id);
		}
	});

/** Where an exercise sits and what it is called. */
const Placement = {
	/** A short title, e.g. "Cocokkan kasus dengan model". */
	title: Text(3, 120),
	/** Slug of the lesson (in the same sub-module) whose page embeds `<Exercise id="…" />`. */
	lesson: Id,
};

export const ExerciseSchema = z.discriminatedUnion('type', [
	SingleChoiceSchema.safeExtend(Placement),
	MultipleChoiceSchema.safeExtend(Placement),
	TrueFalseSchema.safeExtend(Placement),
	OrderingSchema.safeExtend(Placement),
	MatchingSchema.safeExtend(Placement),
	SortingSchema.safeExtend(Placement),
	ShortAnswerSchema.safeExtend(Placement),
	BrainstormSchema.safeExtend(Placement),
	WorksheetSchema.safeExtend(Placement),
]);

/** content/exercises/sub-modul-N.yaml */
export const ExerciseFileSchema = z.strictObject({ exercises: z.array(ExerciseSchema).min(1) });

export type GradedItem = z.output<typeof GradedItemSchema>;
export type GradedType = GradedItem['type'];
export type Exercise = z.output<typeof ExerciseSchema>;
export type ExerciseType = Exercise['type'];
export type ExerciseInput = z.input<typeof ExerciseSchema>;
export type Brainstorm = z.output<typeof BrainstormSchema>;
export type Worksheet = z.output<typeof WorksheetSchema>;
export type WorksheetField = Worksheet['sections'][number]['fields'][number];
export type OpenItem = Brainstorm | Worksheet;
/** An exercise of one type (with its title and lesson). */
export type ItemOf<T extends ExerciseType> = Extract<Exercise, { type: T }>;
/** A graded item of one type, as the engine and the quiz banks see it. */
export type GradedItemOf<T extends GradedType> = Extract<GradedItem, { type: T }>;

export const GRADED_TYPES = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'sorting', 'shortanswer'] as const satisfies readonly GradedType[];

export function isGraded<T extends { type: string }>(item: T): item is Extract<T, { type: GradedType }> {
	return (GRADED_TYPES as readonly string[]).includes(item.type);
}
