/**
 * Saved exercise results in the progress slice "exercises" (see engine/progress.ts): pure changes
 * to the slice's items. A graded exercise is saved when the learner checks it, so the saved
 * answer is always a checked one; open work is saved as it changes. Reset writes an empty record
 * rather than deleting, so that merging with another tab's older copy cannot bring the work back.
 */
import type { Items } from '../progress';
import type { ExerciseResult } from '../../schemas/progress';
import type { Grade } from './grade';

export function recordCheck(items: Items<ExerciseResult>, id: string, answer: unknown, grade: Grade, now: number): Items<ExerciseResult> {
	const attempts = (items[id]?.attempts ?? 0) + 1;
	return { ...items, [id]: { answer, score: grade.score, max: grade.max, completed: true, attempts, updatedAt: now } };
}

export function recordWork(items: Items<ExerciseResult>, id: string, answer: unknown, complete: boolean, now: number): Items<ExerciseResult> {
	const attempts = items[id]?.attempts ?? 0;
	return { ...items, [id]: { answer, score: 0, max: 0, completed: complete, attempts, updatedAt: now } };
}

export function recordReset(items: Items<ExerciseResult>, id: string, now: number): Items<ExerciseResult> {
	const attempts = items[id]?.attempts ?? 0;
	return { ...items, [id]: { answer: null, score: 0, max: 0, completed: false, attempts, updatedAt: now } };
}

/** The saved answer, or undefined when there is none (never saved, or reset). */
export function savedAnswer(items: Items<ExerciseResult>, id: string): unknown {
	const answer = items[id]?.answer;
	return answer === null ? undefined : answer;
}

export function isExerciseDone(items: Items<ExerciseResult>, id: string): boolean {
	return items[id]?.completed === true;
}

export function countDone(items: Items<ExerciseResult>, ids: readonly string[]): number {
	return ids.filter((id) => isExerciseDone(items, id)).length;
}
