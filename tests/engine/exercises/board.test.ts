import { describe, expect, it } from 'vitest';
import { addNote, deleteNote, editNote, emptyBoard, isBoardComplete, moveNote, nextNoteId, NOTE_MAX, notesIn, shiftNote } from '../../../src/engine/exercises/board';
import { board as item } from './fixtures';

const filled = () => addNote(addNote(addNote(emptyBoard(), 'ide', 'Satu'), 'ide', 'Dua'), 'contoh', 'Tiga');

describe('brainstorm board', () => {
	it('adds notes with fresh ids, trimmed and with single spaces', () => {
		const board = addNote(emptyBoard(), 'ide', '  Perundingan   perjanjian \n antarnegara ');
		expect(board.notes).toEqual([{ id: 'n1', column: 'ide', text: 'Perundingan perjanjian antarnegara' }]);
		expect(nextNoteId(board)).toBe('n2');
	});
	it('ignores an empty or blank note', () => {
		const board = emptyBoard();
		expect(addNote(board, 'ide', '')).toBe(board);
		expect(addNote(board, 'ide', '   \n ')).toBe(board);
	});
	it('cuts a note at the maximum length', () => {
		expect(addNote(emptyBoard(), 'ide', 'x'.repeat(1000)).notes[0]!.text).toHaveLength(NOTE_MAX);
	});
	it('never reuses an id after a delete', () => {
		const board = deleteNote(filled(), 'n3');
		expect(addNote(board, 'ide', 'Empat').notes.at(-1)!.id).toBe('n3');
		expect(addNote(deleteNote(filled(), 'n1'), 'ide', 'Empat').notes.at(-1)!.id).toBe('n4');
	});
	it('keeps text a learner types as plain data, markup included', () => {
		const text = '<img src=x onerror=alert(1)>';
		expect(addNote(emptyBoard(), 'ide', text).notes[0]!.text).toBe(text);
	});
	it('edits a note; an empty edit or an unknown note changes nothing', () => {
		const board = filled();
		expect(editNote(board, 'n2', 'Dua baru').notes[1]!.text).toBe('Dua baru');
		expect(editNote(board, 'n2', '  ')).toBe(board);
		expect(editNote(board, 'n9', 'x')).toBe(board);
	});
	it('moves a note to the end of another column', () => {
		const board = moveNote(filled(), 'n1', 'contoh');
		expect(notesIn(board, 'contoh').map((n) => n.id)).toEqual(['n3', 'n1']);
		expect(notesIn(board, 'ide').map((n) => n.id)).toEqual(['n2']);
		expect(moveNote(board, 'n1', 'contoh')).toBe(board);
		expect(moveNote(board, 'n9', 'ide')).toBe(board);
	});
	it('shifts a note within its column only', () => {
		const board = filled();
		expect(notesIn(shiftNote(board, 'n2', -1), 'ide').map((n) => n.id)).toEqual(['n2', 'n1']);
		expect(shiftNote(board, 'n1', -1)).toBe(board);
		expect(shiftNote(board, 'n2', 1)).toBe(board);
		expect(shiftNote(board, 'n3', 1)).toBe(board);
	});
	it('deletes a note', () => {
		expect(deleteNote(filled(), 'n2').notes.map((n) => n.id)).toEqual(['n1', 'n3']);
		expect(deleteNote(filled(), 'n9').notes).toHaveLength(3);
	});
	it('counts as done with the minimum of notes in the board\'s own columns', () => {
		expect(isBoardComplete(item, addNote(emptyBoard(), 'ide', 'Satu'))).toBe(false);
		expect(isBoardComplete(item, filled())).toBe(true);
		expect(isBoardComplete(item, { notes: [{ id: 'n1', column: 'lain', text: 'a' }, { id: 'n2', column: 'lain', text: 'b' }] })).toBe(false);
	});
});
