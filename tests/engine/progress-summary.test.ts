import { describe, expect, it } from 'vitest';
import { percentOf, prePostGain, summariseProgress, summariseQuiz, type CoursePlan, type ProgressData } from '../../src/engine/progress-summary';
import { setLessonDone, visitLesson } from '../../src/engine/progress';
import { outlineFrom } from '../../src/engine/syllabus';
import type { QuizResult, RoleplayAttempt } from '../../src/schemas/progress';

const outline = outlineFrom({
	pengantar: { lessons: ['tentang-modul', 'pendahuluan'] },
	sessions: [
		{ number: 1, title: 'Diplomasi', lessons: ['a', 'b', 'c'] },
		{ number: 2, title: 'Aktor', lessons: ['d'] },
	],
});

const plan: CoursePlan = {
	outline,
	parts: { 'sub-modul-1': { exercises: ['sm1-x', 'sm1-y', 'sm1-z'], quiz: 'sub-modul-1' }, 'sub-modul-2': { exercises: ['sm2-x'] } },
	preTest: 'pre-test',
	postTest: 'post-test',
	scenarios: ['pembangunan', 'investasi'],
};

const empty: ProgressData = { lessons: {}, exercises: {}, quizzes: {}, roleplay: {} };

function quiz(...attempts: [score: number, max: number, finishedAt: number | null][]): QuizResult {
	return {
		attempts: attempts.map(([score, max, finishedAt], i) => ({ startedAt: (finishedAt ?? 1000) - 10 - i, finishedAt, seed: i, itemIds: [], answers: {}, score, max })),
		updatedAt: 1,
	};
}

const game = (outcome: RoleplayAttempt['outcome'], learner: number, finishedAt: number): RoleplayAttempt => ({
	side: 'marvel',
	level: 'tegas',
	seed: 1,
	outcome,
	options: outcome === 'deal' ? [0, 1, 2] : null,
	learner,
	counterpart: 30,
	met: [],
	missed: [],
	finishedAt,
});

describe('progress summary', () => {
	it('an untouched device: zero everywhere, start at the first lesson, no dates', () => {
		const s = summariseProgress(plan, empty);
		expect(s.parts.map((p) => [p.id, p.lessons, p.exercises.done, p.exercises.total])).toEqual([
			['pengantar', { done: 0, total: 2 }, 0, 0],
			['sub-modul-1', { done: 0, total: 3 }, 0, 3],
			['sub-modul-2', { done: 0, total: 1 }, 0, 1],
		]);
		expect(s.parts[1]!.quiz).toEqual({ attempts: 0 });
		expect(s.parts[2]!.quiz).toBeUndefined();
		expect(s.totals).toEqual({ lessons: 6, lessonsDone: 0, exercises: 4, exercisesDone: 0 });
		expect(s.continueAt).toBe('pengantar/tentang-modul');
		expect(s.started).toBe(false);
		expect(s.firstActivity).toBeUndefined();
		expect(s.prePost).toEqual({});
		expect(s.roleplay).toEqual([
			{ id: 'pembangunan', games: 0, deals: 0 },
			{ id: 'investasi', games: 0, deals: 0 },
		]);
	});

	it('counts lessons done per part, exercises done with their graded score, and continues where the learner stopped', () => {
		let lessons = setLessonDone({}, 'pengantar/tentang-modul', true, 100);
		lessons = setLessonDone(lessons, 'sub-modul-1/a', true, 200);
		lessons = visitLesson(lessons, 'sub-modul-1/b', 300);
		lessons = setLessonDone(lessons, 'sub-modul-1/b', false, 310);
		const exercises = {
			'sm1-x': { answer: [1], score: 3, max: 4, completed: true, attempts: 1, updatedAt: 400 },
			'sm1-y': { answer: { notes: [] }, score: 0, max: 0, completed: true, attempts: 0, updatedAt: 410 },
			'sm1-z': { answer: null, score: 0, max: 0, completed: false, attempts: 2, updatedAt: 420 },
			'sm9-lain': { answer: 1, score: 5, max: 5, completed: true, attempts: 1, updatedAt: 430 },
		};
		const s = summariseProgress(plan, { ...empty, lessons, exercises });
		expect(s.parts[0]!.lessons).toEqual({ done: 1, total: 2 });
		expect(s.parts[1]!.lessons).toEqual({ done: 1, total: 3 });
		expect(s.parts[1]!.exercises).toEqual({ done: 2, total: 3, score: 3, max: 4 });
		expect(s.totals).toEqual({ lessons: 6, lessonsDone: 2, exercises: 4, exercisesDone: 2 });
		expect(s.continueAt).toBe('sub-modul-1/b');
		expect(s.started).toBe(true);
		expect(s.firstActivity).toBe(100);
		// The reset exercise (answer null) does not count as work on the record's dates.
		expect(s.lastActivity).toBe(430);
	});

	it('has nowhere to continue when every lesson is done', () => {
		const lessons = outline.parts.flatMap((p) => p.lessons).reduce((items, id, i) => setLessonDone(items, id, true, i + 1), {});
		expect(summariseProgress(plan, { ...empty, lessons }).continueAt).toBeUndefined();
	});

	it("a sub-module's quiz: finished attempts only, the best and the latest", () => {
		const q = summariseQuiz(quiz([4, 10, 100], [9, 10, 200], [6, 10, 300], [10, 10, null]));
		expect(q.attempts).toBe(3);
		expect(q.best).toEqual({ score: 9, max: 10, percent: 90, at: 200 });
		expect(q.latest).toEqual({ score: 6, max: 10, percent: 60, at: 300 });
		expect(summariseQuiz(undefined)).toEqual({ attempts: 0 });
		expect(summariseQuiz(quiz([1, 2, null]))).toEqual({ attempts: 0 });
	});

	it('the gain runs from the first pre-test to the latest post-test, in percentage points', () => {
		// Attempts are saved in the order they were taken.
		const gain = prePostGain(quiz([8, 20, 100], [12, 20, 200]), quiz([15, 20, 300], [17, 20, 400]));
		expect(gain.pre).toMatchObject({ percent: 40, at: 100 });
		expect(gain.post).toMatchObject({ percent: 85, at: 400 });
		expect(gain.gain).toBe(45);
		expect(prePostGain(quiz([8, 20, 100]), undefined)).toEqual({ pre: { score: 8, max: 20, percent: 40, at: 100 } });
		expect(prePostGain(undefined, quiz([15, 20, 300])).gain).toBeUndefined();
		expect(prePostGain(quiz([18, 20, 100]), quiz([15, 20, 300])).gain).toBe(-15);
		// Rounded once, from the exact percentages: 1/3 → 2/3 is 33 points, not 67 − 33 = 34.
		expect(prePostGain(quiz([1, 3, 100]), quiz([2, 3, 200])).gain).toBe(33);
	});

	it('summarises role-play games per scenario: games, agreements and the best points', () => {
		const roleplay = {
			pembangunan: { attempts: [game('deal', 40, 500), game('learner-walked', 0, 510), game('deal', 55, 520)], updatedAt: 520 },
			lain: { attempts: [game('deal', 99, 530)], updatedAt: 530 },
		};
		const s = summariseProgress(plan, { ...empty, roleplay });
		expect(s.roleplay).toEqual([
			{ id: 'pembangunan', games: 3, deals: 2, bestPoints: 55 },
			{ id: 'investasi', games: 0, deals: 0 },
		]);
		expect(s.lastActivity).toBe(530);
	});

	it('percent of a score, and no division by zero', () => {
		expect(percentOf(2, 3)).toBe(67);
		expect(percentOf(0, 0)).toBe(0);
	});
});
