// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'paradiplomasi:quizzes:v1';

async function load() {
	vi.resetModules();
	const store = await import('../../src/stores/quiz-attempts');
	const backups = await import('../../src/stores/backups');
	return { ...store, ...backups };
}

beforeEach(() => localStorage.clear());

describe('$quizAttempts', () => {
	it('saves an attempt in the quizzes slice and reads it back in a new page', async () => {
		const first = await load();
		first.$quizAttempts.listen(() => {});
		const startedAt = first.startQuizAttempt('pre-test', { seed: 3, itemIds: ['a', 'b'], participant: 4 }, 100);
		first.saveQuizAnswer('pre-test', startedAt, 'a', 'x', 110);
		first.finishQuizAttempt('pre-test', startedAt, { score: 1, max: 2 }, {}, 120);
		const stored = JSON.parse(localStorage.getItem(KEY)!);
		expect(stored).toEqual({
			v: 1,
			items: {
				'pre-test': {
					attempts: [
						{
							startedAt: 100,
							finishedAt: 120,
							seed: 3,
							itemIds: ['a', 'b'],
							answers: { a: 'x' },
							score: 1,
							max: 2,
							participant: 4,
						},
					],
					updatedAt: 120,
				},
			},
		});
		const second = await load();
		expect(second.$quizAttempts.get()['pre-test']!.attempts[0]!.score).toBe(1);
	});

	it('keeps a corrupt record as a backup', async () => {
		localStorage.setItem(KEY, '{"v":1,"items":{"pre-test":{"attempts":"x"}}}');
		const page = await load();
		expect(page.$quizAttempts.get()).toEqual({});
		expect(page.$backups.get()[0]).toMatchObject({ key: KEY, problem: expect.stringMatching(/hasil kuis/) });
	});

	it('does not lose another tab’s attempt at another quiz', async () => {
		const page = await load();
		page.$quizAttempts.listen(() => {});
		page.startQuizAttempt('sub-modul-1', { seed: 1, itemIds: ['a'] }, 100);
		const other = JSON.parse(localStorage.getItem(KEY)!);
		other.items['sub-modul-2'] = { attempts: [], updatedAt: 150 };
		localStorage.setItem(KEY, JSON.stringify(other));
		page.startQuizAttempt('sub-modul-3', { seed: 1, itemIds: ['a'] }, 200);
		expect(Object.keys(JSON.parse(localStorage.getItem(KEY)!).items).sort()).toEqual([
			'sub-modul-1',
			'sub-modul-2',
			'sub-modul-3',
		]);
	});
});
