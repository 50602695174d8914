import { describe, expect, it } from 'vitest';
import { addRow, fieldsOf, isFieldFilled, isWorksheetComplete, MAX_ROWS, removeRow, rowsOf, setCell, setText, textOf } from '../../../src/engine/exercises/worksheet';
import { worksheet as item } from './fixtures';

const table = fieldsOf(item).find((f) => f.kind === 'table')!;
const nama = fieldsOf(item).find((f) => f.id === 'nama')!;

describe('worksheet', () => {
	it('lists the fields of every section in order', () => {
		expect(fieldsOf(item).map((f) => f.id)).toEqual(['nama', 'model', 'catatan', 'aktor']);
	});
	it('sets and reads text fields', () => {
		const answer = setText({}, 'nama', 'Sister city Surabaya');
		expect(textOf(answer, 'nama')).toBe('Sister city Surabaya');
		expect(textOf(answer, 'catatan')).toBe('');
		expect(textOf({ aktor: [] }, 'aktor')).toBe('');
	});
	it('starts a table with the number of empty rows the author asked for', () => {
		expect(rowsOf({}, table)).toEqual([{}, {}]);
		expect(rowsOf({ aktor: [] }, table)).toEqual([{}, {}]);
	});
	it('fills cells, adds and removes rows, and keeps at least one row', () => {
		let answer = setCell({}, table, 1, 'nama', 'Kemlu');
		expect(rowsOf(answer, table)).toEqual([{}, { nama: 'Kemlu' }]);
		answer = addRow(answer, table);
		expect(rowsOf(answer, table)).toHaveLength(3);
		answer = removeRow(answer, table, 0);
		expect(rowsOf(answer, table)).toEqual([{ nama: 'Kemlu' }, {}]);
		answer = removeRow(removeRow(answer, table, 0), table, 0);
		expect(rowsOf(answer, table)).toEqual([{}]);
	});
	it('stops adding rows at the maximum', () => {
		let answer = {};
		for (let i = 0; i < MAX_ROWS + 5; i++) answer = addRow(answer, table);
		expect(rowsOf(answer, table)).toHaveLength(MAX_ROWS);
	});
	it('knows when a field is filled: blank text and blank rows do not count', () => {
		expect(isFieldFilled(nama, setText({}, 'nama', '   '))).toBe(false);
		expect(isFieldFilled(nama, setText({}, 'nama', 'x'))).toBe(true);
		expect(isFieldFilled(table, setCell({}, table, 0, 'nama', ' '))).toBe(false);
		expect(isFieldFilled(table, setCell({}, table, 0, 'letak', 'Luar negeri'))).toBe(true);
	});
	it('is done when every required field is filled', () => {
		const half = setText({}, 'nama', 'Kegiatan');
		expect(isWorksheetComplete(item, half)).toBe(false);
		expect(isWorksheetComplete(item, setCell(half, table, 0, 'nama', 'Kemlu'))).toBe(true);
	});
	it('with no required field, is done when any field is filled', () => {
		const loose = { ...item, sections: item.sections.map((s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, required: false })) })) };
		expect(isWorksheetComplete(loose, {})).toBe(false);
		expect(isWorksheetComplete(loose, setText({}, 'catatan', 'ada'))).toBe(true);
	});
});
