import { z } from 'zod';

/** Lines to write on: a prompt and how many ruled lines follow it. */
const LinesSchema = z.object({
	kind: z.literal('lines'),
	/** The question or prompt, e.g. "Pemahaman saya tentang diplomasi". */
	label: z.string().min(3),
	/** Ruled lines under the prompt (2 to 10). */
	lines: z.number().int().min(2).max(10),
});

/** A table to fill in: its column headings and how many empty rows it has. */
const TableSchema = z.object({
	kind: z.literal('table'),
	label: z.string().min(3),
	/** Column headings, two to five. */
	columns: z.array(z.string().min(2)).min(2).max(5),
	/** Empty rows (2 to 10). */
	rows: z.number().int().min(2).max(10),
});

/** Short labelled blanks on one line each, e.g. "Kelompok", "Isu yang dirundingkan". */
const FieldsSchema = z.object({
	kind: z.literal('fields'),
	labels: z.array(z.string().min(2)).min(1).max(6),
});

/** A participant's worksheet for one session: content/course/worksheets.yaml. */
export const WorksheetSchema = z.object({
	/** The session (sub-module) it belongs to, 1 to 5. */
	session: z.number().int().min(1).max(5),
	/** Title printed at the top, e.g. "Apa itu diplomasi?". */
	title: z.string().min(3),
	/** What participants do, in one or two sentences, following the session's process. */
	instructions: z.string().min(20),
	/** Key of the process step it serves, "<session>.<step>" (see the session file). */
	steps: z.array(z.string().regex(/^\d\.\d{1,2}$/)).min(1),
	parts: z
		.array(z.discriminatedUnion('kind', [LinesSchema, TableSchema, FieldsSchema]))
		.min(1)
		.max(6),
});

export const WorksheetFileSchema = z.array(WorksheetSchema).length(5);

export type Worksheet = z.output<typeof WorksheetSchema>;
export type WorksheetPart = Worksheet['parts'][number];
