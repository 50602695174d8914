// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeQuizResult, type CodeSet } from '../../src/engine/quiz-code';
import { single } from '../fixtures/quiz-items';

const KEY = 'paradiplomasi:facilitator-quiz:v1';
const sets: CodeSet[] = [{ id: 'pre-test', index: 0, title: 'Pre-test', items: [single('a')] }];

async function load() {
	vi.resetModules();
	const store = await import('../../src/stores/facilitator-quiz');
	const backups = await import('../../src/stores/backups');
	return { ...store, ...backups };
}

beforeEach(() => localStorage.clear());

describe('$facilitatorQuiz', () => {
	it('keeps the set, question, counts and codes under a versioned key across a reload', async () => {
		const first = await load();
		first.$facilitatorQuiz.listen(() => {});
		first.runSet('pre-test', 1);
		first.countHands('pre-test', 'a', 'b', 6, 2);
		expect(first.collectQuizCode(encodeQuizResult(sets[0]!, 3, { a: 'b' }), sets, 'pre-test', 3)).toMatchObject({
			ok: true,
			replaced: false,
		});
		expect(JSON.parse(localStorage.getItem(KEY)!).v).toBe(1);
		const second = await load();
		const state = second.$facilitatorQuiz.get();
		expect(state).toMatchObject({ setId: 'pre-test', hands: { 'pre-test': { a: { b: 6 } } } });
		expect(state.codes['pre-test']).toHaveLength(1);
	});

	it('changes nothing when a code is refused', async () => {
		const page = await load();
		page.$facilitatorQuiz.listen(() => {});
		page.runSet('pre-test', 1);
		const before = localStorage.getItem(KEY);
		expect(page.collectQuizCode('11ZZ-ZZZZ', sets, 'pre-test', 2)).toEqual({ ok: false, error: expect.any(String) });
		expect(localStorage.getItem(KEY)).toBe(before);
	});

	it('keeps an unreadable record as a backup and starts afresh', async () => {
		localStorage.setItem(KEY, '{"v":1,"data":{"setId":5}}');
		const page = await load();
		expect(page.$facilitatorQuiz.get().setId).toBeNull();
		expect(page.$backups.get()[0]).toMatchObject({ key: KEY, problem: expect.stringMatching(/kuis fasilitator/) });
	});
});
