import { describe, expect, it } from 'vitest';
import { ExerciseFileSchema, ExerciseSchema, GradedItemSchema, idFromText } from '../../src/schemas/exercise';
import { AnswerSchemas } from '../../src/schemas/exercise-answer';

const base = { id: 'sm1-x', title: 'Judul latihan', lesson: 'pelajaran', prompt: 'Pertanyaan latihan?', explanation: 'Penjelasan yang cukup panjang.', source: '/sub-modul-1/a/#b' };
const issues = (data: unknown) => {
	const result = ExerciseSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const valid = {
	single: { ...base, type: 'single', options: [{ text: 'A', correct: true }, { text: 'B' }] },
	multiple: { ...base, type: 'multiple', options: [{ text: 'A', correct: true }, { text: 'B' }] },
	truefalse: { ...base, type: 'truefalse', statements: [{ text: 'Pernyataan.', answer: true }] },
	ordering: { ...base, type: 'ordering', steps: ['Satu', 'Dua', { id: 'tiga', text: 'Tiga' }] },
	matching: { ...base, type: 'matching', pairs: [{ left: 'A', right: 'a' }, { left: 'B', right: 'b' }] },
	sorting: { ...base, type: 'sorting', categories: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }], cards: [{ text: 'Kartu 1', category: 'x' }, { text: 'Kartu 2', category: 'y' }] },
	shortanswer: { ...base, type: 'shortanswer', accepted: ['Burke'] },
	brainstorm: { id: 'sm1-b', title: 'Papan', lesson: 'pelajaran', type: 'brainstorm', prompt: 'Tulis catatan Anda.', columns: [{ id: 'a', label: 'A' }] },
	worksheet: {
		id: 'sm1-w',
		title: 'Lembar',
		lesson: 'pelajaran',
		type: 'worksheet',
		prompt: 'Isi lembar kerja ini.',
		sections: [{ fields: [{ id: 'a', label: 'A', kind: 'text' }, { id: 't', label: 'T', kind: 'table', columns: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y', options: ['1', '2'] }] }] }],
	},
} as const;

describe('exercise schema: accepts', () => {
	it.each(Object.entries(valid))('a valid %s exercise', (_, data) => {
		expect(issues(data)).toEqual([]);
	});
	it('gives parts ids from their text and fills defaults', () => {
		const ex = ExerciseSchema.parse(valid.ordering);
		expect(ex.type === 'ordering' && ex.steps.map((s) => s.id)).toEqual(['satu', 'dua', 'tiga']);
		const single = ExerciseSchema.parse({ ...valid.single, options: [{ text: 'Pemerintah  Daerah (Pemda)', correct: true }, { text: 'Négara' }] });
		expect(single.type === 'single' && single.options.map((o) => [o.id, o.correct])).toEqual([['pemerintah-daerah-pemda', true], ['negara', false]]);
		expect(single.type === 'single' && single.shuffle).toBe(true);
		expect(idFromText('  ...  ')).toBe('x');
		expect(idFromText('x'.repeat(80))).toHaveLength(48);
	});
	it('a file is a list of exercises', () => {
		expect(ExerciseFileSchema.safeParse({ exercises: [valid.single, valid.worksheet] }).success).toBe(true);
	});
	it('quiz items are the graded types without a lesson or title', () => {
		const { title: _t, lesson: _l, ...item } = valid.single;
		expect(GradedItemSchema.safeParse(item).success).toBe(true);
		expect(GradedItemSchema.safeParse(valid.brainstorm).success).toBe(false);
	});
});

describe('exercise schema: rejects, saying what to fix', () => {
	it.each([
		['single without a right option', { ...valid.single, options: [{ text: 'A' }, { text: 'B' }] }, /exactly one option/],
		['single with two right options', { ...valid.single, options: [{ text: 'A', correct: true }, { text: 'B', correct: true }] }, /exactly one option/],
		['multiple with only right options', { ...valid.multiple, options: [{ text: 'A', correct: true }, { text: 'B', correct: true }] }, /one right and one wrong/],
		['two options with the same text', { ...valid.multiple, options: [{ text: 'A', correct: true }, { text: 'a' }] }, /same id|have the id "a"/],
		['a card in an unknown category', { ...valid.sorting, cards: [{ text: 'K', category: 'x' }, { text: 'L', category: 'z' }] }, /names category "z"/],
		['a category without cards', { ...valid.sorting, cards: [{ text: 'K', category: 'x' }, { text: 'L', category: 'x' }] }, /Category "y" has no card/],
		['an unknown key (a text split at its comma)', { ...valid.sorting, cards: [{ text: 'Ekonomi', ' budaya': null, category: 'x' }, { text: 'L', category: 'y' }] }, /Unrecognized key/],
		['HTML in a text', { ...valid.single, prompt: 'Apa <b>ini</b>?' }, /plain text/],
		['a source that is not a lesson link', { ...valid.single, source: 'https://example.com/' }, /Link to a lesson section/],
		['a bad id', { ...valid.single, id: 'SM1 X' }, /lower-case letters/],
		['an ordering of two steps', { ...valid.ordering, steps: ['A', 'B'] }, /too_small|>=3|at least 3|expected array to have >=3/i],
		['a choice field without options', { ...valid.worksheet, sections: [{ fields: [{ id: 'a', label: 'A', kind: 'choice' }] }] }, /list its "options"/],
		['a table field without columns', { ...valid.worksheet, sections: [{ fields: [{ id: 'a', label: 'A', kind: 'table' }] }] }, /list its "columns"/],
		['two worksheet fields with one id', { ...valid.worksheet, sections: [{ fields: [{ id: 'a', label: 'A', kind: 'text' }] }, { fields: [{ id: 'a', label: 'B', kind: 'long' }] }] }, /Two fields have the id "a"/],
		['a board with nine columns', { ...valid.brainstorm, columns: Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, label: `K${i}` })) }, /columns/],
		['an exercise without its lesson', (({ lesson: _, ...rest }) => rest)(valid.single), /lesson/],
		['an unknown type', { ...valid.single, type: 'essay' }, /type/],
		['an empty short-answer list', { ...valid.shortanswer, accepted: [] }, /accepted/],
	])('%s', (_, data, pattern) => {
		const found = issues(data);
		expect(found.length).toBeGreaterThan(0);
		expect(found.join('\n')).toMatch(pattern);
	});
});

describe('answer schemas', () => {
	it('accept the answer shapes and refuse others', () => {
		expect(AnswerSchemas.single.safeParse('a').success).toBe(true);
		expect(AnswerSchemas.single.safeParse('').success).toBe(false);
		expect(AnswerSchemas.multiple.safeParse(['a', 'b']).success).toBe(true);
		expect(AnswerSchemas.truefalse.safeParse({ s: true }).success).toBe(true);
		expect(AnswerSchemas.truefalse.safeParse({ s: 'true' }).success).toBe(false);
		expect(AnswerSchemas.sorting.safeParse({ c: 'x' }).success).toBe(true);
		expect(AnswerSchemas.brainstorm.safeParse({ notes: [{ id: 'n1', column: 'a', text: 'x' }] }).success).toBe(true);
		expect(AnswerSchemas.brainstorm.safeParse({ notes: [{ id: 'n1', column: 'a', text: '' }] }).success).toBe(false);
		expect(AnswerSchemas.worksheet.safeParse({ a: 'x', t: [{ x: 'y' }] }).success).toBe(true);
		expect(AnswerSchemas.worksheet.safeParse({ a: 3 }).success).toBe(false);
		expect(AnswerSchemas.multiple.safeParse(Array.from({ length: 50 }, () => 'a')).success).toBe(false);
	});
});
