/**
 * Whether a saved or imported answer of a brainstorm board or worksheet belongs to this very
 * exercise: pure, and small, because the views check every saved answer when they load, while the
 * export and import code (transfer.ts) is loaded only when a learner uses it.
 */
import type { Brainstorm, Worksheet } from '../../schemas/exercise';
import type { BoardAnswer, WorksheetAnswer } from '../../schemas/exercise-answer';
import { fieldsOf } from './worksheet';

/** Why an answer that has the right shape still does not belong to this exercise (or undefined). */
export function misfit(item: Brainstorm | Worksheet, answer: BoardAnswer | WorksheetAnswer): string | undefined {
	if (item.type === 'brainstorm') {
		const board = answer as BoardAnswer;
		const columns = new Set(item.columns.map((c) => c.id));
		const stray = board.notes.find((n) => !columns.has(n.column));
		if (stray) return `kolom "${stray.column}" tidak ada di papan ini`;
		const ids = board.notes.map((n) => n.id);
		if (new Set(ids).size !== ids.length) return 'ada dua catatan dengan tanda pengenal yang sama';
		return undefined;
	}
	const ws = answer as WorksheetAnswer;
	const fields = new Map(fieldsOf(item).map((f) => [f.id, f]));
	for (const [id, value] of Object.entries(ws)) {
		const field = fields.get(id);
		if (!field) return `isian "${id}" tidak ada di lembar kerja ini`;
		if ((field.kind === 'table') !== Array.isArray(value)) return `isian "${field.label}" berbentuk lain`;
		if (Array.isArray(value)) {
			const columns = new Set(field.columns!.map((c) => c.id));
			const stray = value.flatMap((row) => Object.keys(row)).find((c) => !columns.has(c));
			if (stray) return `kolom "${stray}" tidak ada di tabel "${field.label}"`;
		}
	}
	return undefined;
}
