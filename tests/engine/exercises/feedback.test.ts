import { describe, expect, it } from 'vitest';
import { feedbackLevel, selectFeedback } from '../../../src/engine/exercises/feedback';
import { gradeItem } from '../../../src/engine/exercises/grade';
import { matching, multiple, ordering, shortanswer, single, sorting, truefalse } from './fixtures';

const check = (item: Parameters<typeof gradeItem>[0], answer: unknown) => selectFeedback(item, answer, gradeItem(item, answer));

describe('feedback level', () => {
	it('is correct, partial or incorrect from the grade', () => {
		expect(feedbackLevel({ score: 3, max: 3, correct: true })).toBe('correct');
		expect(feedbackLevel({ score: 1, max: 3, correct: false })).toBe('partial');
		expect(feedbackLevel({ score: 0, max: 3, correct: false })).toBe('incorrect');
	});
});

describe('selectFeedback', () => {
	it('uses the author\'s message for the level when there is one', () => {
		const item = { ...single, feedback: { correct: 'Bagus sekali.', incorrect: 'Baca lagi bagian ini.' } };
		expect(check(item, 'a')).toMatchObject({ level: 'correct', message: 'Bagus sekali.' });
		expect(check(item, 'c')).toMatchObject({ level: 'incorrect', message: 'Baca lagi bagian ini.' });
		expect(check(single, 'a').message).toBeUndefined();
	});
	it('single choice: the note of the option picked', () => {
		expect(check(single, 'b').notes).toEqual([{ part: 'Dua', note: 'Bukan dua.' }]);
		expect(check(single, 'c').notes).toEqual([]);
	});
	it('multiple choice: notes on wrongly decided options that have one', () => {
		expect(check(multiple, ['a', 'x']).notes).toEqual([{ part: 'Militer', note: 'Tidak disebut.' }]);
		expect(check(multiple, ['a', 'b', 'c']).notes).toEqual([]);
	});
	it('true/false, matching, sorting: explanations of the parts got wrong', () => {
		expect(check(truefalse, { s1: true, s2: true, s3: true }).notes).toEqual([{ part: 'Pernyataan salah.', note: 'Karena salah.' }]);
		expect(check(matching, { p1: 'p1', p2: 'd1', p3: 'p3' }).notes).toEqual([{ part: 'Strategic coupling', note: 'Lihat halaman GPN.' }]);
		expect(check(sorting, { c1: 'soft', c2: 'soft', c3: 'soft', c4: 'hard' })).toMatchObject({
			level: 'partial',
			notes: [{ part: 'Pengiriman tentara', note: 'Paksaan.' }],
		});
	});
	it('ordering and short answer have no part notes', () => {
		expect(check(ordering, []).notes).toEqual([]);
		expect(check(shortanswer, 'x')).toEqual({ level: 'incorrect', notes: [] });
	});
});
