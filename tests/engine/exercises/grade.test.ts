import { describe, expect, it } from 'vitest';
import { displayOrder, gradeItem, isAnswered, readAnswer, solution, startAnswer } from '../../../src/engine/exercises/grade';
import { matchesAccepted, normaliseAnswer } from '../../../src/engine/exercises/text';
import { allGraded, matching, multiple, ordering, shortanswer, single, sorting, truefalse } from './fixtures';

/** Things that are not answers of any type, or of the wrong type. */
const junk = [undefined, null, 0, 42, true, 'x', '', [], {}, [1, 2], { a: 1 }, Number.NaN];

describe('every graded type', () => {
	it.each(allGraded.map((i) => [i.type, i] as const))('%s: the solution earns full marks', (_, item) => {
		const grade = gradeItem(item, solution(item));
		expect(grade.correct).toBe(true);
		expect(grade.score).toBe(grade.max);
		expect(grade.max).toBeGreaterThan(0);
	});

	it.each(allGraded.map((i) => [i.type, i] as const))('%s: junk and empty answers score 0 and never throw', (_, item) => {
		for (const answer of junk) {
			const grade = gradeItem(item, answer);
			expect(grade.score).toBe(0);
			expect(grade.correct).toBe(false);
		}
	});

	it.each(allGraded.map((i) => [i.type, i] as const))('%s: a fresh answer is not yet answered (ordering excepted)', (_, item) => {
		const fresh = startAnswer(item, 7);
		expect(isAnswered(item, fresh)).toBe(item.type === 'ordering');
		expect(isAnswered(item, undefined)).toBe(false);
	});

	it.each(allGraded.map((i) => [i.type, i] as const))('%s: answers are plain JSON', (_, item) => {
		const answer = solution(item);
		expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
	});
});

describe('single choice', () => {
	it('one point for the right option, none for another', () => {
		expect(gradeItem(single, 'a')).toMatchObject({ score: 1, max: 1, correct: true });
		expect(gradeItem(single, 'b')).toMatchObject({ score: 0, max: 1, correct: false });
	});
	it('an unknown option id is a wrong answer and not an answer at all', () => {
		expect(gradeItem(single, 'zzz').score).toBe(0);
		expect(isAnswered(single, 'zzz')).toBe(false);
		expect(isAnswered(single, 'b')).toBe(true);
	});
	it('marks the chosen option per part', () => {
		expect(gradeItem(single, 'b').perPart).toMatchObject({ a: false, b: false, c: true });
		expect(gradeItem(single, 'a').perPart).toMatchObject({ a: true, b: true, c: true });
	});
});

describe('multiple choice', () => {
	it('all right options and nothing else: full marks', () => {
		expect(gradeItem(multiple, ['a', 'b', 'c'])).toMatchObject({ score: 3, max: 3, correct: true });
	});
	it('partial credit for some right options', () => {
		expect(gradeItem(multiple, ['a', 'c'])).toMatchObject({ score: 2, max: 3, correct: false });
	});
	it('a wrong pick cancels a right one', () => {
		expect(gradeItem(multiple, ['a', 'b', 'c', 'x'])).toMatchObject({ score: 2, correct: false });
		expect(gradeItem(multiple, ['a', 'x'])).toMatchObject({ score: 0 });
	});
	it('never goes below zero', () => {
		expect(gradeItem(multiple, ['x', 'y']).score).toBe(0);
	});
	it('picking everything is not full marks', () => {
		expect(gradeItem(multiple, ['a', 'b', 'c', 'x', 'y'])).toMatchObject({ score: 1, correct: false });
	});
	it('a duplicate pick counts once', () => {
		expect(gradeItem(multiple, ['a', 'a', 'a'])).toMatchObject({ score: 1, max: 3 });
		expect(gradeItem(multiple, ['a', 'b', 'c', 'c'])).toMatchObject({ score: 3, correct: true });
	});
	it('unknown ids are ignored', () => {
		expect(gradeItem(multiple, ['a', 'nope'])).toMatchObject({ score: 1 });
		expect(isAnswered(multiple, ['nope'])).toBe(false);
	});
	it('an empty selection scores 0 and is not an answer', () => {
		expect(gradeItem(multiple, []).score).toBe(0);
		expect(isAnswered(multiple, [])).toBe(false);
	});
	it('perPart tells which decisions are right', () => {
		expect(gradeItem(multiple, ['a', 'x']).perPart).toEqual({ a: true, b: false, c: false, x: false, y: true });
	});
});

describe('true/false', () => {
	it('one point per statement judged right', () => {
		expect(gradeItem(truefalse, { s1: true, s2: false, s3: true })).toMatchObject({ score: 3, max: 3, correct: true });
		expect(gradeItem(truefalse, { s1: true, s2: true, s3: true })).toMatchObject({ score: 2, correct: false });
	});
	it('a statement left unjudged counts as wrong', () => {
		expect(gradeItem(truefalse, { s1: true })).toMatchObject({ score: 1, max: 3 });
		expect(gradeItem(truefalse, { s1: true }).perPart).toEqual({ s1: true, s2: false, s3: false });
	});
	it('non-boolean judgements make the answer invalid (empty)', () => {
		expect(gradeItem(truefalse, { s1: 'true', s2: false }).score).toBe(0);
		expect(isAnswered(truefalse, { s1: 'yes' })).toBe(false);
	});
	it('judging false statements "false" earns the point', () => {
		expect(gradeItem(truefalse, { s2: false }).score).toBe(1);
	});
});

describe('ordering', () => {
	const right = ordering.steps.map((s) => s.id);
	it('the right order earns a point per step', () => {
		expect(gradeItem(ordering, right)).toMatchObject({ score: 5, max: 5, correct: true });
	});
	it('a partly right order earns the steps that stand in their own place', () => {
		const [a, b, c, d, e] = right as [string, string, string, string, string];
		const grade = gradeItem(ordering, [a, b, d, c, e]);
		expect(grade).toMatchObject({ score: 3, max: 5, correct: false });
		expect(grade.perPart).toEqual({ [a]: true, [b]: true, [c]: false, [d]: false, [e]: true });
	});
	it('a reversed order of five keeps only the middle step', () => {
		expect(gradeItem(ordering, [...right].reverse()).score).toBe(1);
	});
	it('a short, long or duplicated order does not throw and earns only matching places', () => {
		expect(gradeItem(ordering, right.slice(0, 2)).score).toBe(2);
		expect(gradeItem(ordering, [...right, 'extra']).score).toBe(5);
		expect(gradeItem(ordering, [right[0], right[0], right[0], right[0], right[0]]).score).toBe(1);
	});
	it('only a full permutation of the steps counts as an answer', () => {
		expect(isAnswered(ordering, right)).toBe(true);
		expect(isAnswered(ordering, right.slice(1))).toBe(false);
		expect(isAnswered(ordering, [right[0], ...right.slice(0, 4)])).toBe(false);
	});
	it('the starting order is shuffled away from the right one, and the same for the same seed', () => {
		for (let seed = 0; seed < 200; seed++) {
			const start = startAnswer(ordering, seed) as string[];
			expect(start).not.toEqual(right);
			expect([...start].sort()).toEqual([...right].sort());
		}
		expect(startAnswer(ordering, 5)).toEqual(startAnswer(ordering, 5));
	});
});

describe('matching', () => {
	it('one point per right pair', () => {
		expect(gradeItem(matching, { p1: 'p1', p2: 'p2', p3: 'p3' })).toMatchObject({ score: 3, max: 3, correct: true });
		expect(gradeItem(matching, { p1: 'p1', p2: 'p3', p3: 'p2' })).toMatchObject({ score: 1 });
	});
	it('a duplicate pick earns the point only where it belongs', () => {
		expect(gradeItem(matching, { p1: 'p1', p2: 'p1', p3: 'p1' })).toMatchObject({ score: 1, max: 3 });
	});
	it('a distractor is never right', () => {
		expect(gradeItem(matching, { p1: 'd1', p2: 'p2', p3: 'p3' })).toMatchObject({ score: 2, correct: false });
	});
	it('unpaired items count as wrong; no pair at all is no answer', () => {
		expect(gradeItem(matching, { p2: 'p2' }).perPart).toEqual({ p1: false, p2: true, p3: false });
		expect(isAnswered(matching, {})).toBe(false);
	});
});

describe('sorting', () => {
	it('one point per card in its group', () => {
		expect(gradeItem(sorting, { c1: 'soft', c2: 'soft', c3: 'hard', c4: 'hard' })).toMatchObject({ score: 4, max: 4, correct: true });
		expect(gradeItem(sorting, { c1: 'hard', c2: 'soft', c3: 'soft', c4: 'hard' })).toMatchObject({ score: 2, correct: false });
	});
	it('a card not yet placed counts as wrong', () => {
		expect(gradeItem(sorting, { c1: 'soft' })).toMatchObject({ score: 1, max: 4 });
	});
	it('an unknown group is wrong, not an error', () => {
		expect(gradeItem(sorting, { c1: 'elsewhere', c2: 'soft' }).score).toBe(1);
	});
	it('nothing placed is no answer', () => {
		expect(isAnswered(sorting, {})).toBe(false);
		expect(isAnswered(sorting, { c9: 'soft' })).toBe(false);
		expect(isAnswered(sorting, { c1: 'soft' })).toBe(true);
	});
});

describe('short answer', () => {
	it.each([
		['Edmund Burke', true],
		['edmund burke', true],
		['  EDMUND   BURKE. ', true],
		['Edmund-Burke', true],
		['burke', true],
		['Édmund Bürke', true],
		['quebec nord', true],
		['QUEBECNORD', true],
		['Québec–Nord', true],
		['Edmund', false],
		['Burk', false],
		['', false],
		['   ', false],
		['...', false],
	])('"%s" → %s', (typed, right) => {
		expect(gradeItem(shortanswer, typed).correct).toBe(right);
	});
	it('an empty or blank answer is not an answer', () => {
		expect(isAnswered(shortanswer, '')).toBe(false);
		expect(isAnswered(shortanswer, ' - ')).toBe(false);
		expect(isAnswered(shortanswer, 'x')).toBe(true);
	});
	it('normalises accents, case, spaces and punctuation', () => {
		expect(normaliseAnswer('  Kertas   Plano! ')).toBe('kertasplano');
		expect(normaliseAnswer('Pemerintah-Pusat')).toBe(normaliseAnswer('pemerintah pusat'));
		expect(normaliseAnswer('Ångström ÇA')).toBe('angstromca');
		expect(matchesAccepted('', [''])).toBe(false);
	});
});

describe('readAnswer and display order', () => {
	it('returns the answer only when it has the type\'s shape', () => {
		expect(readAnswer(sorting, { c1: 'soft' })).toEqual({ c1: 'soft' });
		expect(readAnswer(sorting, { c1: 3 })).toBeUndefined();
		expect(readAnswer(ordering, 'a,b')).toBeUndefined();
		expect(readAnswer(shortanswer, 'x'.repeat(500))).toBeUndefined();
	});
	it('is deterministic, a permutation, and respects shuffle: false', () => {
		const order = displayOrder(multiple, 99);
		expect(displayOrder(multiple, 99)).toEqual(order);
		expect([...order].sort()).toEqual(multiple.options.map((o) => o.id).sort());
		expect(displayOrder({ ...single, shuffle: false }, 99)).toEqual(['a', 'b', 'c']);
		expect(displayOrder(matching, 1).sort()).toEqual(['d1', 'p1', 'p2', 'p3']);
		expect(displayOrder(ordering, 1)).toEqual(ordering.steps.map((s) => s.id));
	});
});
