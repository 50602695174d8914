import { describe, expect, it } from 'vitest';
import { addNote, emptyBoard } from '../../../src/engine/exercises/board';
import { checksumOf } from '../../../src/engine/checksum';
import { exportFileName, exportWorkJson, exportWorkText, importWork, MAX_FILE_CHARS, WORK_FORMAT } from '../../../src/engine/exercises/transfer';
import { setCell, setText, fieldsOf } from '../../../src/engine/exercises/worksheet';
import { board, worksheet } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 8, 30);
const notes = addNote(addNote(emptyBoard(), 'ide', 'Perundingan perjanjian'), 'contoh', '<img src=x onerror=alert(1)>');
const table = fieldsOf(worksheet).find((f) => f.kind === 'table')!;
const sheet = setCell(setText({}, 'nama', 'Sister city'), table, 0, 'nama', 'Kemlu');

/** A file with its check recomputed, as someone who knows the format could write it. */
function resign(data: Record<string, unknown>): string {
	const { checksum: _, ...body } = data;
	return JSON.stringify({ ...body, checksum: checksumOf(body) });
}

describe('export', () => {
	it('writes a versioned file with a check, and names it after the exercise and the date', () => {
		const data = JSON.parse(exportWorkJson(board, notes, NOW));
		expect(data).toMatchObject({ format: WORK_FORMAT, version: 1, exercise: 'b-board', type: 'brainstorm', title: board.title, answer: notes });
		expect(data.checksum).toMatch(/^[0-9a-f]{8}$/);
		expect(exportFileName(board, NOW, 'json')).toBe('b-board-2026-11-23.json');
	});
	it('writes readable text with every column and field', () => {
		const text = exportWorkText(board, notes, NOW);
		expect(text).toContain('Paradiplomasi: Papan curah pendapat');
		expect(text).toContain('== Ide ==\n- Perundingan perjanjian');
		expect(text).toContain('- <img src=x onerror=alert(1)>');
		expect(text).toContain('Diekspor: 2026-11-23 08:30 UTC');
		const sheetText = exportWorkText(worksheet, sheet, NOW);
		expect(sheetText).toContain('Nama kegiatan:\nSister city');
		expect(sheetText).toContain('Catatan:\n(kosong)');
		expect(sheetText).toContain('1. Aktor: Kemlu; Letak: -');
	});
});

describe('import', () => {
	it('reads back what it exported (board and worksheet)', () => {
		expect(importWork(board, exportWorkJson(board, notes, NOW))).toEqual({ ok: true, answer: notes });
		expect(importWork(worksheet, exportWorkJson(worksheet, sheet, NOW))).toEqual({ ok: true, answer: sheet });
	});
	it('accepts the file with its keys in another order', () => {
		const data = JSON.parse(exportWorkJson(board, notes, NOW));
		const reordered = Object.fromEntries(Object.entries(data).reverse());
		expect(importWork(board, JSON.stringify(reordered)).ok).toBe(true);
	});

	const reject = (text: unknown, pattern: RegExp, item: typeof board | typeof worksheet = board) => {
		const result = importWork(item, text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(pattern);
	};

	it('rejects nothing, empty text and huge files', () => {
		reject(undefined, /kosong/);
		reject(42, /kosong/);
		reject('   ', /kosong/);
		reject('{'.padEnd(MAX_FILE_CHARS + 1, ' '), /terlalu besar/);
	});
	it('rejects text that is not JSON', () => {
		reject('Paradiplomasi: papan', /bukan berkas JSON/);
		reject('{"format": "paradiplomasi-latihan",', /bukan berkas JSON/);
	});
	it('rejects foreign JSON', () => {
		reject('[]', /bukan berkas latihan Paradiplomasi/);
		reject('null', /bukan berkas latihan Paradiplomasi/);
		reject('{"notes": []}', /bukan berkas latihan Paradiplomasi/);
		reject(JSON.stringify({ v: 1, items: {} }), /bukan berkas latihan Paradiplomasi/);
		reject(JSON.stringify({ format: 'other', version: 1 }), /bukan berkas latihan Paradiplomasi/);
	});
	it('rejects unknown and newer versions', () => {
		const data = JSON.parse(exportWorkJson(board, notes, NOW));
		reject(resign({ ...data, version: 2 }), /versi kursus yang lebih baru \(v2\)/);
		reject(resign({ ...data, version: 0 }), /Versi berkas latihan tidak dikenal/);
		reject(resign({ ...data, version: '1' }), /Versi berkas latihan tidak dikenal/);
	});
	it('rejects the file of another exercise, naming it', () => {
		reject(exportWorkJson({ ...board, id: 'sm4-kendala', title: 'Kendala tata kelola' }, notes, NOW), /berisi "Kendala tata kelola", bukan "Papan curah pendapat"/);
		reject(exportWorkJson(worksheet, sheet, NOW), /bukan "Papan curah pendapat"/);
	});
	it('rejects a file changed after export', () => {
		const text = exportWorkJson(board, notes, NOW);
		reject(text.replace('Perundingan perjanjian', 'Perundingan diubah'), /sudah berubah sejak diekspor/);
		const data = JSON.parse(text);
		reject(JSON.stringify({ ...data, checksum: '00000000' }), /sudah berubah/);
		const { checksum: _, ...unsigned } = data;
		reject(JSON.stringify(unsigned), /sudah berubah/);
	});
	it('rejects a correctly signed answer of the wrong shape or for other columns and fields', () => {
		const data = JSON.parse(exportWorkJson(board, notes, NOW));
		reject(resign({ ...data, answer: { notes: 'x' } }), /tidak berformat lembar latihan/);
		reject(resign({ ...data, answer: { notes: [{ id: 'n1', column: 'lain', text: 'a' }] } }), /kolom "lain" tidak ada/);
		reject(resign({ ...data, answer: { notes: [{ id: 'n1', column: 'ide', text: 'a' }, { id: 'n1', column: 'ide', text: 'b' }] } }), /dua catatan/);
		const ws = JSON.parse(exportWorkJson(worksheet, sheet, NOW));
		reject(resign({ ...ws, answer: { asing: 'x' } }), /isian "asing" tidak ada/, worksheet);
		reject(resign({ ...ws, answer: { nama: [{ a: 'b' }] } }), /berbentuk lain/, worksheet);
		reject(resign({ ...ws, answer: { aktor: [{ asal: 'x' }] } }), /kolom "asal" tidak ada di tabel/, worksheet);
	});
	it('never throws on damaged files, and accepts a damaged file only if it is still exactly right', () => {
		const text = exportWorkJson(board, notes, NOW);
		let seed = 1;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let i = 0; i < 2000; i++) {
			const chars = [...text];
			const edits = 1 + Math.floor(random() * 3);
			for (let e = 0; e < edits; e++) {
				const at = Math.floor(random() * chars.length);
				const kind = random();
				if (kind < 0.4) chars[at] = String.fromCharCode(32 + Math.floor(random() * 95));
				else if (kind < 0.7) chars.splice(at, 1);
				else chars.splice(at, 0, '"');
			}
			const result = importWork(board, chars.join(''));
			if (result.ok) expect(result.answer).toEqual(notes);
			else expect(result.error.length).toBeGreaterThan(10);
		}
	});
});
