/** $exerciseResults: the learner's saved exercise answers and scores, on this device. */
import { exercisesSlice } from '../engine/progress';
import { recordCheck, recordReset, recordWork } from '../engine/exercises/results';
import type { Grade } from '../engine/exercises/grade';
import { createSliceStore } from './slice-store';
import { keepBackup } from './backups';

const slice = createSliceStore(exercisesSlice);

export const $exerciseResults = slice.store;

/** A graded exercise was checked: keeps the checked answer and its score, counts the attempt. */
export function saveExerciseResult(id: string, answer: unknown, grade: Grade, now = Date.now()): void {
	slice.update((items) => recordCheck(items, id, answer, grade, now));
}

/** Open work (board, worksheet) changed; `complete` says whether it now counts as done. */
export function saveExerciseWork(id: string, answer: unknown, complete: boolean, now = Date.now()): void {
	slice.update((items) => recordWork(items, id, answer, complete, now));
}

export function resetExerciseResult(id: string, now = Date.now()): void {
	slice.update((items) => recordReset(items, id, now));
}

/**
 * A saved answer that no longer fits its exercise (its parts were renamed, or the record was
 * damaged): kept as a backup before the learner's next answer replaces it.
 */
export function keepUnreadableAnswer(id: string, answer: unknown): void {
	keepBackup(
		slice.key,
		JSON.stringify({ [id]: answer }),
		`Jawaban tersimpan untuk latihan "${id}" tidak cocok lagi dengan latihannya, jadi disimpan terpisah sebagai cadangan.`,
	);
}
