/** The saved progress slices for the progress page's islands, shown after mount (see useClientStore). */
import { exercisesSlice, lessonsSlice } from '../../engine/progress';
import { quizzesSlice } from '../../engine/quiz-attempts';
import { roleplaySlice } from '../../engine/roleplay/practice';
import type { ProgressData } from '../../engine/progress-summary';
import { createSliceStore } from '../../stores/slice-store';
import { useClientStore } from '../use-client-store';

// createSliceStore returns the store a slice's own module made when that module is on the page.
const stores = {
	lessons: createSliceStore(lessonsSlice).store,
	exercises: createSliceStore(exercisesSlice).store,
	quizzes: createSliceStore(quizzesSlice).store,
	roleplay: createSliceStore(roleplaySlice).store,
};

export function useProgressData(): ProgressData {
	return {
		lessons: useClientStore(stores.lessons, {}),
		exercises: useClientStore(stores.exercises, {}),
		quizzes: useClientStore(stores.quizzes, {}),
		roleplay: useClientStore(stores.roleplay, {}),
	};
}
