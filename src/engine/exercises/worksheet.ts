/**
 * Worksheets (structured forms such as a stakeholder map): pure functions on the worksheet answer,
 * a map from field id to text or, for a table, to rows. A table the learner has not touched has
 * the number of empty rows the author asked for.
 */
import type { Worksheet, WorksheetField } from '../../schemas/exercise';
import type { Row, WorksheetAnswer } from '../../schemas/exercise-answer';

export const MAX_ROWS = 30;

export function fieldsOf(item: Worksheet): WorksheetField[] {
	return item.sections.flatMap((s) => s.fields);
}

export function textOf(answer: WorksheetAnswer, field: string): string {
	const value = answer[field];
	return typeof value === 'string' ? value : '';
}

export function rowsOf(answer: WorksheetAnswer, field: WorksheetField): Row[] {
	const value = answer[field.id];
	return Array.isArray(value) && value.length > 0 ? value : Array.from({ length: field.rows }, () => ({}));
}

export function setText(answer: WorksheetAnswer, field: string, text: string): WorksheetAnswer {
	return { ...answer, [field]: text };
}

export function setCell(answer: WorksheetAnswer, field: WorksheetField, row: number, column: string, text: string): WorksheetAnswer {
	const rows = rowsOf(answer, field).map((r, i) => (i === row ? { ...r, [column]: text } : r));
	return { ...answer, [field.id]: rows };
}

export function addRow(answer: WorksheetAnswer, field: WorksheetField): WorksheetAnswer {
	const rows = rowsOf(answer, field);
	return rows.length >= MAX_ROWS ? answer : { ...answer, [field.id]: [...rows, {}] };
}

/** Removes a row; a table keeps at least one (empty) row. */
export function removeRow(answer: WorksheetAnswer, field: WorksheetField, row: number): WorksheetAnswer {
	const rows = rowsOf(answer, field).filter((_, i) => i !== row);
	return { ...answer, [field.id]: rows.length > 0 ? rows : [{}] };
}

export function isFieldFilled(field: WorksheetField, answer: WorksheetAnswer): boolean {
	if (field.kind === 'table') return rowsOf(answer, field).some((row) => Object.values(row).some((v) => v.trim() !== ''));
	return textOf(answer, field.id).trim() !== '';
}

/** Done when every required field is filled; with no required field, when any field is. */
export function isWorksheetComplete(item: Worksheet, answer: WorksheetAnswer): boolean {
	const fields = fieldsOf(item);
	const required = fields.filter((f) => f.required);
	return required.length > 0 ? required.every((f) => isFieldFilled(f, answer)) : fields.some((f) => isFieldFilled(f, answer));
}
