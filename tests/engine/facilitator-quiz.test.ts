import { describe, expect, it } from 'vitest';
import { countdownState } from '../../src/engine/countdown';
import {
	chooseSet,
	clearCodes,
	collectCode,
	collectedResults,
	controlTimer,
	goToQuestion,
	newFacilitatorQuiz,
	removeCode,
	setHandCount,
	setRevealed,
	setSeconds,
} from '../../src/engine/facilitator-quiz';
import { encodeQuizResult, type CodeSet } from '../../src/engine/quiz-code';
import { FacilitatorQuizSchema } from '../../src/schemas/facilitator-quiz';
import { single, truefalse } from '../fixtures/quiz-items';

const pre: CodeSet = { id: 'pre-test', index: 0, title: 'Pre-test', items: [single('a'), single('b'), truefalse('c')] };
const post: CodeSet = { id: 'post-test', index: 1, title: 'Post-test', items: [single('d')] };
const sets = [pre, post];

describe('facilitator quiz: questions and countdown', () => {
	it('starts with no set, and choosing one goes to its first question with the answer hidden', () => {
		const s = chooseSet(goToQuestion(chooseSet(newFacilitatorQuiz(0), 'pre-test', 1), 2, 3, 2), 'post-test', 3);
		expect(s).toMatchObject({ setId: 'post-test', index: 0, revealed: false });
		expect(FacilitatorQuizSchema.safeParse(s).success).toBe(true);
	});

	it('keeps the question inside the set and hides the answer on a new question', () => {
		let s = setRevealed(chooseSet(newFacilitatorQuiz(0), 'pre-test', 0), true, 1);
		s = goToQuestion(s, 9, 3, 2);
		expect(s).toMatchObject({ index: 2, revealed: false });
		expect(goToQuestion(s, -4, 3, 3).index).toBe(0);
	});

	it('counts down from the stored start time, not from ticks', () => {
		let s = setSeconds(chooseSet(newFacilitatorQuiz(0), 'pre-test', 0), 20, 0);
		s = controlTimer(s, 'start', 1_000);
		expect(countdownState(s.timer, 6_000).remainingMs).toBe(15_000);
		s = controlTimer(s, 'pause', 11_000);
		expect(countdownState(s.timer, 60_000).remainingMs).toBe(10_000);
		expect(countdownState(controlTimer(s, 'reset', 61_000).timer, 61_000).remainingMs).toBe(20_000);
	});

	it('restarts a finished countdown from full time, and stops it when the answer is revealed', () => {
		let s = controlTimer(setSeconds(newFacilitatorQuiz(0), 10, 0), 'start', 0);
		s = controlTimer(s, 'start', 30_000);
		expect(countdownState(s.timer, 30_000).remainingMs).toBe(10_000);
		s = setRevealed(s, true, 34_000);
		expect(countdownState(s.timer, 99_000)).toMatchObject({ running: false, remainingMs: 6_000 });
	});

	it('keeps the seconds per question within 5 and 600', () => {
		expect(setSeconds(newFacilitatorQuiz(0), 1, 0).seconds).toBe(5);
		expect(setSeconds(newFacilitatorQuiz(0), 9999, 0).seconds).toBe(600);
	});
});

describe('facilitator quiz: hand counts', () => {
	it('stores a count per set, question and card, kept between 0 and 999', () => {
		let s = setHandCount(newFacilitatorQuiz(0), 'pre-test', 'a', 'b', 12, 1);
		s = setHandCount(s, 'pre-test', 'a', 'c', -3, 2);
		s = setHandCount(s, 'pre-test', 'b', 'a', 5000, 3);
		expect(s.hands).toEqual({ 'pre-test': { a: { b: 12, c: 0 }, b: { a: 999 } } });
		expect(FacilitatorQuizSchema.safeParse(s).success).toBe(true);
	});
});

describe('facilitator quiz: collecting codes', () => {
	const code = (participant: number | null, answers: Record<string, unknown>, set = pre) =>
		encodeQuizResult(set, participant, answers);

	it('adds a valid code, normalised, and reads it back', () => {
		const typed = code(4, { a: 'b' }).toLowerCase();
		const out = collectCode(newFacilitatorQuiz(0), typed, sets, 'pre-test', 1);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.state.codes['pre-test']).toEqual([typed.toUpperCase()]);
		expect(collectedResults(out.state, 'pre-test', sets)).toEqual([
			{ code: typed.toUpperCase(), result: { setId: 'pre-test', participant: 4, answers: { a: 'b' } } },
		]);
	});

	it('refuses a mistyped code, a duplicate and a code of another set, changing nothing', () => {
		const first = collectCode(newFacilitatorQuiz(0), code(1, {}), sets, 'pre-test', 1);
		if (!first.ok) throw new Error(first.error);
		const state = first.state;
		const good = code(2, { a: 'a' });
		const typo = good.slice(0, 3) + (good[3] === 'X' ? 'Y' : 'X') + good.slice(4);
		for (const [text, message] of [
			[typo, /tidak lolos pemeriksaan/],
			[code(1, {}), /sudah dicatat/],
			[code(3, {}, post), /Ini kode Post-test, bukan Pre-test/],
		] as const) {
			const out = collectCode(state, text, sets, 'pre-test', 2);
			expect(out).toEqual({ ok: false, error: expect.stringMatching(message) });
		}
	});

	it('replaces the earlier code of a participant number that hands in again', () => {
		let s = newFacilitatorQuiz(0);
		for (const c of [code(7, { a: 'a' }), code(8, {}), code(null, {}), code(null, { a: 'c' })]) {
			const out = collectCode(s, c, sets, 'pre-test', 1);
			if (!out.ok) throw new Error(out.error);
			s = out.state;
		}
		const again = collectCode(s, code(7, { a: 'b' }), sets, 'pre-test', 2);
		expect(again.ok && again.replaced).toBe(true);
		if (!again.ok) return;
		const results = collectedResults(again.state, 'pre-test', sets);
		expect(results).toHaveLength(4);
		expect(results[0]!.result.answers).toEqual({ a: 'b' });
	});

	it('removes one code or all codes of a set', () => {
		const out = collectCode(newFacilitatorQuiz(0), code(1, {}), sets, 'pre-test', 1);
		if (!out.ok) throw new Error(out.error);
		expect(removeCode(out.state, 'pre-test', out.state.codes['pre-test']![0]!, 2).codes['pre-test']).toEqual([]);
		expect(clearCodes(out.state, 'pre-test', 2).codes).toEqual({});
	});

	it('skips stored codes that no longer read (questions changed since)', () => {
		const s = { ...newFacilitatorQuiz(0), codes: { 'pre-test': ['ZZZZ', code(1, {})] } };
		expect(collectedResults(s, 'pre-test', sets)).toHaveLength(1);
	});
});
