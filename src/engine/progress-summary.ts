/**
 * What the progress page and the completion record show: per part of the course (Pengantar and
 * Sub-modul 1–5) the lessons and exercises done and the quiz score, the pre/post-test gain, the
 * solo role-play games, and when the learner started and last worked. Pure functions over the
 * saved progress slices and a plan of the course made at build time.
 */
import type { ExerciseResult, LessonMark, QuizAttempt, QuizResult, RoleplayPractice } from '../schemas/progress';
import { countDone } from './exercises/results';
import { isLessonDone, lastVisited, type Items } from './progress';
import { finishedAttempts, gain, percent } from './quiz';
import { bestAttempt } from './roleplay/practice';
import { continueTarget, type CourseOutline } from './syllabus';

export interface CoursePlan {
	outline: CourseOutline;
	/** Exercise ids and quiz per part id. */
	parts: Record<string, { exercises: string[]; quiz?: string }>;
	preTest?: string;
	postTest?: string;
	/** Role-play scenario ids. */
	scenarios: string[];
}

export interface ProgressData {
	lessons: Items<LessonMark>;
	exercises: Items<ExerciseResult>;
	quizzes: Items<QuizResult>;
	roleplay: Items<RoleplayPractice>;
}

export interface Score {
	score: number;
	max: number;
	/** Whole percent, 0–100. */
	percent: number;
	/** When the attempt was finished. */
	at: number;
}

export interface QuizSummary {
	/** Finished attempts. */
	attempts: number;
	best?: Score;
	latest?: Score;
}

export interface PartSummary {
	id: string;
	lessons: { done: number; total: number };
	exercises: { done: number; total: number; score: number; max: number };
	quiz?: QuizSummary;
}

export interface GainSummary {
	/** The first finished pre-test: what the learner knew before the course. */
	pre?: Score;
	/** The latest finished post-test. */
	post?: Score;
	/** post − pre in whole percentage points, when both exist. */
	gain?: number;
}

export interface RoleplaySummary {
	id: string;
	games: number;
	deals: number;
	/** The learner's points in their best agreement. */
	bestPoints?: number;
}

export interface ProgressSummary {
	parts: PartSummary[];
	totals: { lessons: number; lessonsDone: number; exercises: number; exercisesDone: number };
	prePost: GainSummary;
	roleplay: RoleplaySummary[];
	/** Page id of where to continue, undefined when every lesson is done. */
	continueAt?: string;
	/** Whether the learner has done anything at all on this device. */
	started: boolean;
	firstActivity?: number;
	lastActivity?: number;
}

/** A whole percentage of a score, 0 when there is nothing to score. */
export function percentOf(score: number, max: number): number {
	return Math.round(percent(score, max));
}

function scoreOf(attempt: QuizAttempt): Score {
	return { score: attempt.score, max: attempt.max, percent: percentOf(attempt.score, attempt.max), at: attempt.finishedAt ?? attempt.startedAt };
}

export function summariseQuiz(result: QuizResult | undefined): QuizSummary {
	const done = finishedAttempts(result);
	if (done.length === 0) return { attempts: 0 };
	const best = done.reduce((a, b) => (percent(b.score, b.max) > percent(a.score, a.max) ? b : a));
	return { attempts: done.length, best: scoreOf(best), latest: scoreOf(done.at(-1)!) };
}

/** The gain from the first pre-test to the latest post-test (see engine/quiz.ts learnerGain), in whole percentage points. */
export function prePostGain(pre: QuizResult | undefined, post: QuizResult | undefined): GainSummary {
	const first = finishedAttempts(pre)[0];
	const last = finishedAttempts(post).at(-1);
	const out: GainSummary = {};
	if (first) out.pre = scoreOf(first);
	if (last) out.post = scoreOf(last);
	if (first && last) out.gain = Math.round(gain(first, last).points);
	return out;
}

function exerciseScore(items: Items<ExerciseResult>, ids: readonly string[]): { score: number; max: number } {
	let score = 0;
	let max = 0;
	for (const id of ids) {
		const item = items[id];
		if (item?.completed && item.max > 0) {
			score += item.score;
			max += item.max;
		}
	}
	return { score, max };
}

/** Every time stamp in the progress, to date the record. */
function times(data: ProgressData): number[] {
	const out: number[] = [];
	for (const mark of Object.values(data.lessons)) out.push(mark.visitedAt ?? mark.updatedAt, mark.updatedAt);
	for (const result of Object.values(data.exercises)) if (result.answer !== null) out.push(result.updatedAt);
	for (const quiz of Object.values(data.quizzes)) for (const a of quiz.attempts) out.push(a.startedAt, a.finishedAt ?? a.startedAt);
	for (const practice of Object.values(data.roleplay)) for (const a of practice.attempts) out.push(a.finishedAt);
	return out.filter((t) => t > 0);
}

export function summariseProgress(plan: CoursePlan, data: ProgressData): ProgressSummary {
	const isDone = (id: string) => isLessonDone(data.lessons, id);
	const parts = plan.outline.parts.map((part): PartSummary => {
		const { exercises = [], quiz } = plan.parts[part.id] ?? {};
		return {
			id: part.id,
			lessons: { done: part.lessons.filter(isDone).length, total: part.lessons.length },
			exercises: { done: countDone(data.exercises, exercises), total: exercises.length, ...exerciseScore(data.exercises, exercises) },
			...(quiz ? { quiz: summariseQuiz(data.quizzes[quiz]) } : {}),
		};
	});
	const roleplay = plan.scenarios.map((id): RoleplaySummary => {
		const practice = data.roleplay[id];
		const best = bestAttempt(practice);
		return {
			id,
			games: practice?.attempts.length ?? 0,
			deals: practice?.attempts.filter((a) => a.outcome === 'deal').length ?? 0,
			...(best?.outcome === 'deal' ? { bestPoints: best.learner } : {}),
		};
	});
	const stamps = times(data);
	const sum = (f: (p: PartSummary) => number) => parts.reduce((n, p) => n + f(p), 0);
	const continueAt = continueTarget(plan.outline, isDone, lastVisited(data.lessons));
	return {
		parts,
		totals: {
			lessons: sum((p) => p.lessons.total),
			lessonsDone: sum((p) => p.lessons.done),
			exercises: sum((p) => p.exercises.total),
			exercisesDone: sum((p) => p.exercises.done),
		},
		prePost: prePostGain(plan.preTest ? data.quizzes[plan.preTest] : undefined, plan.postTest ? data.quizzes[plan.postTest] : undefined),
		roleplay,
		...(continueAt ? { continueAt } : {}),
		started: stamps.length > 0,
		...(stamps.length > 0 ? { firstActivity: Math.min(...stamps), lastActivity: Math.max(...stamps) } : {}),
	};
}
