import { array, boolean, object, record, text, union, type Infer } from './guard';

/**
 * What a learner's answer looks like for each exercise type: plain JSON, so that it can be saved,
 * exported, carried in a quiz attempt and compared. Sizes are capped because answers are also read
 * back from storage and from imported files (in the browser, hence ./guard.ts).
 */

const PartId = text(64, 1);

/** single: the id of the chosen option. */
export const SingleAnswerSchema = PartId;
/** multiple: the ids of the chosen options. */
export const MultipleAnswerSchema = array(PartId, 20);
/** truefalse: statement id → the learner's judgement. */
export const TrueFalseAnswerSchema = record(PartId, boolean());
/** ordering: step ids in the learner's order. */
export const OrderingAnswerSchema = array(PartId, 20);
/** matching: left (pair) id → the chosen right-hand id (a pair id or a distractor id). */
export const MatchingAnswerSchema = record(PartId, PartId);
/** sorting: card id → category id; a card not yet placed is absent. */
export const SortingAnswerSchema = record(PartId, PartId);
/** shortanswer: what the learner typed. */
export const ShortAnswerAnswerSchema = text(200);

/** One note on the brainstorm board. */
export const NoteSchema = object({
	/** Unique on the board, e.g. "n3". */
	id: PartId,
	/** The column id the note sits in. */
	column: PartId,
	text: text(500, 1),
});

/** brainstorm: the notes in order (column order is the order of notes with that column). */
export const BoardAnswerSchema = object({ notes: array(NoteSchema, 200) });

/** One row of a worksheet table: column id → text. */
export const RowSchema = record(PartId, text(2000));

/** worksheet: field id → text (text, long, choice) or rows (table). */
export const WorksheetAnswerSchema = record(PartId, union([text(5000), array(RowSchema, 30)]));

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

export type AnswerOf = { [K in keyof typeof AnswerSchemas]: Infer<(typeof AnswerSchemas)[K]> };
export type BoardAnswer = AnswerOf['brainstorm'];
export type Note = BoardAnswer['notes'][number];
export type WorksheetAnswer = AnswerOf['worksheet'];
export type Row = Infer<typeof RowSchema>;
