/**
 * The brainstorm board (a digital *kertas plano*): columns of short notes that are added, edited,
 * moved between columns or within one, and deleted. Pure functions on the board answer; a change
 * that makes no sense (empty text, unknown note or column) returns the board unchanged.
 */
import type { Brainstorm } from '../../schemas/exercise';
import type { BoardAnswer, Note } from '../../schemas/exercise-answer';

export const NOTE_MAX = 280;

export const emptyBoard = (): BoardAnswer => ({ notes: [] });

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, NOTE_MAX);
}

/** The next free note id ("n1", "n2", …). */
export function nextNoteId(board: BoardAnswer): string {
	const used = board.notes.map((n) => Number(/^n(\d+)$/.exec(n.id)?.[1] ?? 0));
	return `n${Math.max(0, ...used) + 1}`;
}

export function notesIn(board: BoardAnswer, column: string): Note[] {
	return board.notes.filter((n) => n.column === column);
}

export function addNote(board: BoardAnswer, column: string, text: string): BoardAnswer {
	const note = clean(text);
	if (!note) return board;
	return { notes: [...board.notes, { id: nextNoteId(board), column, text: note }] };
}

export function editNote(board: BoardAnswer, id: string, text: string): BoardAnswer {
	const note = clean(text);
	if (!note || !board.notes.some((n) => n.id === id)) return board;
	return { notes: board.notes.map((n) => (n.id === id ? { ...n, text: note } : n)) };
}

/** Moves a note to the end of another column. */
export function moveNote(board: BoardAnswer, id: string, column: string): BoardAnswer {
	const note = board.notes.find((n) => n.id === id);
	if (!note || note.column === column) return board;
	return { notes: [...board.notes.filter((n) => n.id !== id), { ...note, column }] };
}

/** Moves a note one place up (-1) or down (1) among the notes of its column. */
export function shiftNote(board: BoardAnswer, id: string, delta: -1 | 1): BoardAnswer {
	const note = board.notes.find((n) => n.id === id);
	if (!note) return board;
	const column = notesIn(board, note.column);
	const target = column[column.indexOf(note) + delta];
	if (!target) return board;
	const notes = [...board.notes];
	const a = notes.indexOf(note);
	const b = notes.indexOf(target);
	[notes[a], notes[b]] = [notes[b]!, notes[a]!];
	return { notes };
}

export function deleteNote(board: BoardAnswer, id: string): BoardAnswer {
	return { notes: board.notes.filter((n) => n.id !== id) };
}

/** Whether the board has the notes the exercise asks for (then it counts as done). */
export function isBoardComplete(item: Brainstorm, board: BoardAnswer): boolean {
	const columns = new Set(item.columns.map((c) => c.id));
	return board.notes.filter((n) => columns.has(n.column)).length >= item.minNotes;
}
