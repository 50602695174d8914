/** $roleplayPractice: the learner's finished solo role-play games, in their progress on this device. */
import { addAttempt, roleplaySlice } from '../engine/roleplay/practice';
import type { RoleplayAttempt } from '../schemas/progress';
import { createSliceStore } from './slice-store';

const slice = createSliceStore(roleplaySlice);

export const $roleplayPractice = slice.store;

export function recordRoleplayAttempt(scenario: string, attempt: RoleplayAttempt, now = Date.now()): void {
	slice.update((items) => addAttempt(items, scenario, attempt, now));
}
