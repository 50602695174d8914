/** $lessonProgress: which lessons the learner opened and marked done, on this device. */
import { lessonsSlice, setLessonDone, visitLesson } from '../engine/progress';
import { createSliceStore } from './slice-store';

const slice = createSliceStore(lessonsSlice);

export const $lessonProgress = slice.store;

export function markLessonDone(id: string, done: boolean, now = Date.now()): void {
	slice.update((items) => setLessonDone(items, id, done, now));
}

export function recordVisit(id: string, now = Date.now()): void {
	slice.update((items) => visitLesson(items, id, now));
}
