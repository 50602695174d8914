import { z } from 'zod';

/**
 * What a learner's answer looks like for each exercise type: plain JSON, so that it can be saved,
 * exported, carried in a quiz attempt and compared. Sizes are capped because answers are also read
 * back from storage and from imported files.
 */

const PartId = z.string().min(1).max(64);
const NoteText = z.string().max(500);

/** single: the id of the chosen option. */
export const SingleAnswerSchema = PartId;
/** multiple: the ids of the chosen options. */
export const MultipleAnswerSchema = z.array(PartId).max(20);
/** truefalse: statement id → the learner's judgement. */
export const TrueFalseAnswerSchema = z.record(PartId, z.boolean());
/** ordering: step ids in the learner's order. */
export const OrderingAnswerSchema = z.array(PartId).max(20);
/** matching: left (pair) id → the chosen right-hand id (a pair id or a distractor id). */
export const MatchingAnswerSchema = z.record(PartId, PartId);
/** sorting: card id → category id; a card not yet placed is absent. */
export const SortingAnswerSchema = z.record(PartId, PartId);
/** shortanswer: what the learner typed. */
export const ShortAnswerAnswerSchema = z.string().max(200);

/** One note on the brainstorm board. */
export const NoteSchema = z.object({
	/** Unique on the board, e.g. "n3". */
	id: PartId,
	/** The column id the note sits in. */
	column: PartId,
	text: NoteText.min(1),
});

/** brainstorm: the notes in order (column order is the order of notes with that column). */
export const BoardAnswerSchema = z.object({ notes: z.array(NoteSchema).max(200) });

/** One row of a worksheet table: column id → text. */
export const RowSchema = z.record(PartId, z.string().max(2000));

/** worksheet: field id → text (text, long, choice) or rows (table). */
export const WorksheetAnswerSchema = z.record(PartId, z.union([z.string().max(5000), z.array(RowSchema).max(30)]));

export const AnswerSchemas = {
	single: SingleAnswerSchema,
	multiple: MultipleAnswerSchema,
	truefalse: TrueFalseAnswerSchema,
	ordering: OrderingAnswerSchema,
	matching: MatchingAnswerSchema,
	sorting: SortingAnswerSchema,
	shortanswer: ShortAnswerAnswerSchema,
	brainstorm: BoardAnswerSchema,
	worksheet: WorksheetAnswerSchema,
} as const;

export type AnswerOf = { [K in keyof typeof AnswerSchemas]: z.output<(typeof AnswerSchemas)[K]> };
export type BoardAnswer = AnswerOf['brainstorm'];
export type Note = BoardAnswer['notes'][number];
export type WorksheetAnswer = AnswerOf['worksheet'];
export type Row = z.output<typeof RowSchema>;
